using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

public class CaseDeliveryTests
{
    [Theory]
    [InlineData(null, "33020319900101123X")]
    [InlineData("张三", null)]
    [InlineData(" ", " ")]
    public void At_the_window_the_collector_name_and_id_are_required(string? name, string? id)
    {
        var @case = CaseIn(CaseStatus.ReadyForDelivery);
        var e = Assert.Throws<DomainRuleException>(() => @case.Deliver(Clerk, Day, DeliveryMethod.Window, name, id, null));
        Assert.Equal(CaseRuleCodes.CollectorRequired, e.Code);
        Assert.Equal(CaseStatus.ReadyForDelivery, @case.Status);
        Assert.Null(@case.Delivery);
    }

    [Fact]
    public void Window_delivery_records_the_collector()
    {
        var @case = CaseIn(CaseStatus.ReadyForDelivery);
        var at = At("2026-02-12", 15);
        @case.Deliver(Clerk2, at, DeliveryMethod.Window, " 王五 ", "440524188001010014", null);

        Assert.Equal(CaseStatus.Delivered, @case.Status);
        Assert.Equal(at, @case.DeliveredAt);
        Assert.Equal(new DeliveryRecord(DeliveryMethod.Window, Clerk2.UserId, Clerk2.DisplayName, "王五", "440524188001010014", null), @case.Delivery);
        Assert.Equal(CaseEventType.Delivered, @case.Events[^1].Type);
    }

    [Fact]
    public void By_post_the_tracking_number_is_required()
    {
        var @case = CaseIn(CaseStatus.ReadyForDelivery);
        var e = Assert.Throws<DomainRuleException>(() => @case.Deliver(Clerk, Day, DeliveryMethod.Post, null, null, " "));
        Assert.Equal(CaseRuleCodes.TrackingRequired, e.Code);

        @case.Deliver(Clerk, Day, DeliveryMethod.Post, null, null, "EMS1234567890");
        Assert.Equal("EMS1234567890", @case.Delivery?.TrackingNumber);
        Assert.Equal(DeliveryMethod.Post, @case.Delivery?.Method);
    }

    [Fact]
    public void Electronic_delivery_needs_nothing_else()
    {
        var @case = CaseIn(CaseStatus.ReadyForDelivery);
        @case.Deliver(Clerk, Day, DeliveryMethod.Electronic, null, null, null);
        Assert.Equal(CaseStatus.Delivered, @case.Status);
        Assert.Equal(DeliveryMethod.Electronic, @case.Delivery?.Method);
    }

    [Fact]
    public void A_denial_is_delivered_like_an_approval()
    {
        var @case = CaseIn(CaseStatus.InReview);
        @case.Deny(ReviewerMz, Day, "不符合条件");
        @case.Deliver(Clerk, Day, DeliveryMethod.Window, "张三", "33020319900101123X", null);
        Assert.Equal((CaseStatus.Delivered, CaseOutcome.Denied), (@case.Status, @case.Outcome));
    }
}
