namespace ClerkStation.Features.Training;

/// <summary>A practice request sent from production is refused: practice actions never touch real cases.</summary>
public sealed class PracticeOnlyException(string request) : Exception($"{request} is only available in the practice workspace");
