using System.Security.Cryptography;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Queue;
using QRCoder;

namespace ClerkStation.Features.Ratings;

/// <summary>The link (and its QR code) the applicant rates a delivered service through.</summary>
public sealed record RatingInvitation(Guid CaseId, string CaseNumber, string Token)
{
    public string Path => RatingInvitations.PathFor(Token);
}

internal static class RatingInvitations
{
    public static string PathFor(string token) => "/rate/" + token;

    /// <summary>192 random bits, URL-safe: unguessable, so the token alone authorizes one rating.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    /// <summary>One invitation per case: returns the existing one, or creates it for a delivered case.</summary>
    public static async Task<ServiceRating> EnsureAsync(ClerkDbContext db, Case @case, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.ServiceRatings.SingleOrDefaultAsync(r => r.CaseId == @case.Id, ct) is { } existing)
        {
            return existing;
        }
        if (@case.Status != CaseStatus.Delivered)
        {
            throw new DomainRuleException(RatingRuleCodes.CaseNotDelivered, $"Case {@case.Number} has not been delivered yet.");
        }
        var rating = ServiceRating.Invite(@case.Id, @case.Number, @case.ItemCode, @case.ItemName, @case.DepartmentCode,
            @case.Delivery?.DeliveredById ?? @case.AssignedClerkId, @case.Delivery?.DeliveredByName ?? @case.AssignedClerkName, NewToken(), now);
        db.ServiceRatings.Add(rating);
        return rating;
    }

    /// <summary>
    /// One invitation per finished visit (一次一评): named by the items done in it, charged to the department of its first
    /// item (none when nothing was decided), so a bad rating opens the same rectification task as a case's rating.
    /// </summary>
    public static async Task<ServiceRating> EnsureForVisitAsync(ClerkDbContext db, Visit visit, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.ServiceRatings.SingleOrDefaultAsync(r => r.VisitId == visit.Id, ct) is { } existing)
        {
            return existing;
        }
        var items = await VisitItems.OfAsync(db, visit.Id, ct);
        var rating = ServiceRating.InviteVisit(visit, VisitItems.Names(items), items.FirstOrDefault()?.DepartmentCode ?? string.Empty, NewToken(), now);
        db.ServiceRatings.Add(rating);
        return rating;
    }

    /// <summary>A PNG QR code of <paramref name="url"/> as a data URI for an img tag.</summary>
    public static string QrDataUri(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(8);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
