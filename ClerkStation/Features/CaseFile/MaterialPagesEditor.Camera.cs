namespace ClerkStation.Features.CaseFile;

/// <summary>Pages from the camera: a still stored like a picked file, and a retake that replaces the last one.</summary>
public partial class MaterialPagesEditor
{
    /// <summary>A still from the camera (<see cref="CameraCapture"/>), stored like a picked file: its page, or null with the problem shown.</summary>
    private async Task<Guid?> CaptureAsync(Stream still)
    {
        _busy = true;
        _problem = null;
        try
        {
            var page = await Mediator.Send(new AttachMaterialPage(SubmissionKey, MaterialCode, still));
            await ReloadAsync();
            return page.Id;
        }
        catch (InvalidPageException ex)
        {
            _problem = Problem(ex.Code);
            return null;
        }
        finally
        {
            _busy = false;
            StateHasChanged();
        }
    }

    /// <summary>Retake: the camera's last page is deleted, so the next still takes its place in the order.</summary>
    private async Task RetakeAsync(Guid pageId)
    {
        if (_pages.FirstOrDefault(p => p.Id == pageId) is { } page)
        {
            await ArrangeAsync(page, PageArrangement.Delete);
            StateHasChanged();
        }
    }
}
