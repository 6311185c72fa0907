using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Ratings;
using ClerkStation.Tests.Domain.Cases;

namespace ClerkStation.Tests.Domain.Ratings;

public static class RatingTestKit
{
    public static ServiceRating Invitation(string number = "ZS-20260213-0001") =>
        ServiceRating.Invite(Guid.NewGuid(), number, "MZ-001", new LocalizedText("最低生活保障家庭认定", "Minimum living allowance"), "mz",
            Actors.Clerk.UserId, Actors.Clerk.DisplayName, "tok-0123456789abcdef-xyz", CaseTestKit.At("2026-02-13", 9));

    public static ServiceRating Rated(RatingLevel level, string day = "2026-02-13")
    {
        var rating = Invitation();
        rating.Rate(level, "等了很久", CaseTestKit.At(day), CaseTestKit.D(day));
        return rating;
    }

    public static RectificationTask TaskFor(RatingLevel level = RatingLevel.Dissatisfied, string day = "2026-02-13") =>
        RectificationTask.Open(Rated(level, day), CaseTestKit.At(day), CaseTestKit.D(day), CaseTestKit.Cal, RectificationPolicy.Zhejiang);
}
