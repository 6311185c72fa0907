// 高拍仪 / webcam at the counter: the camera's picture in a <video>, a still taken from it as a JPEG Blob.
// A module (the CSP forbids inline script); Blazor imports it and receives each still as a stream.

// Keys on the focused panel: Space or Enter takes a page, R retakes the last one, Esc closes; Tab still moves on.
const keys = { " ": "capture", Enter: "capture", r: "retake", R: "retake", Escape: "close" };

export async function start(video, panel, dotnet) {
    panel.addEventListener("keydown", event => {
        const action = keys[event.key];
        if (action && !event.altKey && !event.ctrlKey && !event.metaKey) {
            event.preventDefault();
            dotnet.invokeMethodAsync("OnKey", action);
        }
    });
    const stream = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 3264 }, height: { ideal: 2448 }, facingMode: "environment" },
        audio: false,
    });
    video.srcObject = stream;
    await video.play();
    return `${video.videoWidth}x${video.videoHeight}`;
}

export function capture(video) {
    const canvas = document.createElement("canvas");
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext("2d").drawImage(video, 0, 0, canvas.width, canvas.height);
    return new Promise((resolve, reject) =>
        canvas.toBlob(blob => (blob ? resolve(blob) : reject(new Error("no still"))), "image/jpeg", 0.92));
}

export function stop(video) {
    const stream = video && video.srcObject;
    if (stream) {
        stream.getTracks().forEach(track => track.stop());
        video.srcObject = null;
    }
}
