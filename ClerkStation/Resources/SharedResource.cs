namespace ClerkStation;

/// <summary>Marker for the app's one resource set: Resources/SharedResource.resx (zh-CN) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
