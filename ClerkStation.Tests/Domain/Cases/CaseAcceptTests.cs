using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

public class CaseAcceptTests
{
    [Fact]
    public void A_promised_item_is_routed_with_due_dates_in_working_days()
    {
        // Mon 02-09 + 5 → 02-10 … 02-13, Sat 02-14 (make-up); + 10 → 02-24 … 02-28 after the Spring Festival.
        var @case = Case.Accept(Promised(5, 10), Clerk, Day, Today, Cal);

        Assert.Equal(CaseStatus.Routed, @case.Status);
        Assert.Null(@case.Outcome);
        Assert.Equal(D("2026-02-14"), @case.DueDate);
        Assert.Equal(D("2026-02-28"), @case.StatutoryDueDate);
        Assert.Equal(D("2026-02-09"), @case.AcceptedOn);
        Assert.Equal(Day, @case.AcceptedAt);
        Assert.Equal("mz", @case.DepartmentCode);
        Assert.Null(@case.ClaimedById);
        Assert.Equal((Clerk.UserId, Clerk.DisplayName), (@case.AcceptedById, @case.AcceptedByName));
        Assert.Equal((Clerk.UserId, Clerk.DisplayName), (@case.AssignedClerkId, @case.AssignedClerkName));
        Assert.Equal(2, @case.Materials.Count);
        Assert.Equal(MaterialStatus.ELicense, @case.Materials[1].Status);
        Assert.Equal("""{"household":3}""", @case.FormDataJson);
        Assert.NotEqual(Guid.Empty, @case.Id);
        Assert.Equal(1, @case.Version);
        Assert.True(@case.IsOpen);
        Assert.False(@case.IsPaused);

        var accepted = Assert.Single(@case.Events);
        Assert.Equal(CaseEventType.Accepted, accepted.Type);
        Assert.Null(accepted.From);
        Assert.Equal(CaseStatus.Routed, accepted.To);
        Assert.Equal((Clerk.UserId, Clerk.DisplayName, Day), (accepted.ActorId, accepted.ActorName, accepted.At));
    }

    [Fact]
    public void Without_a_statutory_limit_there_is_no_statutory_due_date()
    {
        var @case = Case.Accept(Promised(3, null), Clerk, At("2026-02-12"), D("2026-02-12"), Cal);
        Assert.Equal(D("2026-02-24"), @case.DueDate);
        Assert.Null(@case.StatutoryDueDate);
    }

    [Fact]
    public void An_instant_item_is_completed_on_the_spot()
    {
        var @case = Case.Accept(Instant(), Clerk, Day, Today, Cal);

        Assert.Equal(CaseStatus.ReadyForDelivery, @case.Status);
        Assert.Equal(CaseOutcome.Approved, @case.Outcome);
        Assert.Equal(Day, @case.DecidedAt);
        Assert.Null(@case.DueDate);
        Assert.Null(@case.StatutoryDueDate);
        Assert.False(@case.IsOpen);
        Assert.Equal([CaseEventType.Accepted, CaseEventType.Completed], @case.Events.Select(e => e.Type));
        Assert.All(@case.Events, e => Assert.Equal(CaseStatus.ReadyForDelivery, e.To));
        Assert.Equal(1, @case.Version);

        @case.Deliver(Clerk, Day, DeliveryMethod.Window, "张三", "33020319900101123X", null);
        Assert.Equal(CaseStatus.Delivered, @case.Status);
        Assert.Equal(2, @case.Version);
    }

    [Fact]
    public void Accepting_in_a_year_without_an_official_arrangement_uses_the_provisional_year()
    {
        var @case = Case.Accept(Promised(), Clerk, At("2027-01-05"), D("2027-01-05"), Cal);
        Assert.NotNull(@case.DueDate);
        Assert.True(Cal.IsProvisional(@case.DueDate.Value));
    }

    [Fact]
    public void The_accepted_day_is_the_local_day_of_the_injected_clock()
    {
        // 23:30 in Zhoushan on 02-13 is still Friday there, although it is already 02-13 15:30 UTC.
        var @case = Case.Accept(Promised(1, null), Clerk, At("2026-02-13", 23).AddMinutes(30), CenterDay.Of(At("2026-02-13", 23).AddMinutes(30)), Cal);
        Assert.Equal(D("2026-02-13"), @case.AcceptedOn);
        Assert.Equal(D("2026-02-14"), @case.DueDate);
    }

    public static TheoryData<string> NonCounterStaff() => [ReviewerMz.UserId, Supervisor.UserId, Admin.UserId, Trainer.UserId];

    [Theory]
    [MemberData(nameof(NonCounterStaff))]
    public void Only_counter_staff_accept(string actorId)
    {
        var actor = new[] { ReviewerMz, Supervisor, Admin, Trainer }.Single(a => a.UserId == actorId);
        var e = Assert.Throws<DomainRuleException>(() => Case.Accept(Promised(), actor, Day, Today, Cal));
        Assert.Equal(CaseRuleCodes.RoleNotAllowed, e.Code);
    }

    public static TheoryData<AcceptCase> InvalidInputs() => new()
    {
        Promised() with { Number = " " },
        Promised() with { ItemCode = "" },
        Promised() with { DepartmentCode = "" },
        Promised(0, null),
        Promised(10, 5),
        Promised() with { Applicant = Person with { Kind = ApplicantKind.Both } },
        Promised() with { Applicant = Person with { IdNumber = "" } },
        Promised() with { Applicant = Person with { Name = " " } },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Malformed_input_is_a_programming_error(AcceptCase input)
    {
        Assert.ThrowsAny<ArgumentException>(() => Case.Accept(input, Clerk, Day, Today, Cal));
    }

    [Fact]
    public void Bundle_id_and_enterprise_applicant_with_proxy_are_kept()
    {
        var bundle = Guid.NewGuid();
        var enterprise = new Applicant(ApplicantKind.Enterprise, "舟山海鲜餐饮有限公司", "91110108551385082Q", "0580-2021234",
            "定海区", "李四", new Proxy("王五", "440524188001010014", "13912345678"));
        var @case = Case.Accept(Promised() with { Applicant = enterprise, BundleId = bundle }, Clerk, Day, Today, Cal);
        Assert.Equal(bundle, @case.BundleId);
        Assert.Equal("李四", @case.Applicant.LegalRepresentative);
        Assert.Equal("王五", @case.Applicant.Proxy?.Name);
    }
}
