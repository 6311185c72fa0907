using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Intake;

/// <summary>One thing the applicant must bring or correct: a material or a form field, and what is wrong with it.</summary>
public sealed record NoticeLine(NoticeLineKind Kind, string Code, LocalizedText Name, LocalizedText Problem);

public enum NoticeLineKind
{
    Material,
    Field,
}
