using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Features.Supervisor;

/// <summary>Turns a refused request into one localized sentence for a snackbar; anything unexpected is rethrown.</summary>
public static class UiErrors
{
    public static string? Message(IStringLocalizer localizer, Exception ex) => ex switch
    {
        CaseRuleException rule => Localized(localizer, rule.Code),
        RatingRuleException rule => Localized(localizer, rule.Code),
        RequestValidationException invalid => string.Join(" ", invalid.Problems.Select(p => Localized(localizer, p.Code)).Distinct()),
        DbUpdateConcurrencyException => localizer["Sup.Error.Concurrency"],
        _ => null,
    };

    private static string Localized(IStringLocalizer localizer, string code)
    {
        var text = localizer["Validation." + code];
        return text.ResourceNotFound ? code : text.Value;
    }
}
