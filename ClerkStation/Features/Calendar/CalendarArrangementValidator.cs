namespace ClerkStation.Features.Calendar;

/// <summary>The arrangement's problems, each pointing at its row, before the handler runs.</summary>
public sealed class PreviewCalendarYearValidator : IRequestValidator<PreviewCalendarYear>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(PreviewCalendarYear message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(message.Arrangement.Validate());
}

/// <summary>Saving checks exactly what previewing checks.</summary>
public sealed class SaveCalendarYearValidator : IRequestValidator<SaveCalendarYear>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(SaveCalendarYear message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(message.Arrangement.Validate());
}
