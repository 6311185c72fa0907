using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Ratings;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Features.Supervisor.SupervisorTestKit;

namespace ClerkStation.Tests.Features.Supervisor;

/// <summary>
/// A small, hand-counted center. "Today" is Wed 11 Mar 2026 (warning window 2 working days). Numbers in comments are
/// the cases' names in the expectations.
/// </summary>
public sealed class KnownFloor : IAsyncLifetime
{
    public FixedClockAppFactory App { get; } = new();

    public Case C1 = null!, C2 = null!, C3 = null!, C5 = null!, C6 = null!, C7 = null!, C8 = null!, C9 = null!, C10 = null!, C11 = null!, C12 = null!, C13 = null!;

    public async ValueTask InitializeAsync()
    {
        _ = App.Server;
        var today = "2026-03-11";
        // Today.
        C1 = NewCase(Actors.Clerk, "mz", At(today, 9), 0);                    // instant: accepted + completed today, ready for delivery
        C2 = NewCase(Actors.Clerk, "mz", At(today, 10), 5);                   // routed, due 18 Mar (green)
        C3 = NewCase(Actors.Clerk2, "rs", At(today, 11), 5, "T-2");            // in review by rs
        C3.Claim(Actors.ReviewerRs, At(today, 12));
        // Earlier.
        C5 = NewCase(Actors.Clerk2, "mz", At("2026-03-02"), 3);                // due Thu 5 Mar: overdue (red)
        C5.Claim(Actors.ReviewerMz, At("2026-03-02", 11));
        C6 = NewCase(Actors.Clerk, "rs", At("2026-03-04"), 5, "T-2");         // due 11 Mar: 0 days left (yellow)
        C7 = NewCase(Actors.Clerk, "mz", At("2026-03-09"), 10);               // due 23 Mar (green), held by mz
        C7.Claim(Actors.ReviewerMz, At("2026-03-09", 11));
        C8 = NewCase(Actors.Clerk, "mz", At("2026-03-02"), 5);                // decided today, 7 working days for 5 promised: late
        C8.Claim(Actors.ReviewerMz, At("2026-03-02", 11));
        C8.Approve(Actors.ReviewerMz, At(today, 15));
        C9 = NewCase(Actors.Clerk2, "rs", At("2026-03-02"), 5, "T-2");         // decided Wed 4 Mar (2 working days), delivered 5 Mar
        C9.Claim(Actors.ReviewerRs, At("2026-03-02", 11));
        C9.Approve(Actors.ReviewerRs, At("2026-03-04", 15));
        DeliverNow(C9, Actors.Clerk2, At("2026-03-05"));
        C10 = NewCase(Actors.Clerk2, "rs", At("2026-03-03"), 0, "T-3");        // instant, delivered, rated 不满意
        DeliverNow(C10, Actors.Clerk2, At("2026-03-03", 11));
        C11 = NewCase(Actors.Clerk, "mz", At("2026-03-05"), 0, "T-3");        // instant, delivered, rated 非常不满意
        DeliverNow(C11, Actors.Clerk, At("2026-03-05", 11));
        C12 = NewCase(Actors.Clerk, "mz", At("2026-03-06"), 0, "T-3");        // instant, delivered, rated 满意
        DeliverNow(C12, Actors.Clerk, At("2026-03-06", 11));
        C13 = NewCase(Actors.Clerk2, "mz", At("2026-02-26"), 0, "T-3");        // before the range: bad rating never called back
        DeliverNow(C13, Actors.Clerk2, At("2026-02-26", 11));

        var r9 = RateCase(C9, RatingLevel.VerySatisfied, At("2026-03-05", 12));
        var r10 = RateCase(C10, RatingLevel.Dissatisfied, At("2026-03-03", 12));
        var r11 = RateCase(C11, RatingLevel.VeryDissatisfied, At("2026-03-05", 12));
        var r12 = RateCase(C12, RatingLevel.Satisfied, At("2026-03-06", 12));
        var r13 = RateCase(C13, RatingLevel.Dissatisfied, At("2026-02-26", 12));
        var t10 = RectificationTask.Open(r10, At("2026-03-03", 12), D("2026-03-03"), Cal, RectificationPolicy.Zhejiang); // callback due 4 Mar
        t10.RecordCallback(Actors.Supervisor, At("2026-03-04"), D("2026-03-04"), "已回访");
        t10.RecordFix(Actors.Supervisor, At("2026-03-06"), D("2026-03-06"), "已整改");
        t10.Close(Actors.Supervisor, At("2026-03-06", 16));                                                        // on time
        var t11 = RectificationTask.Open(r11, At("2026-03-05", 12), D("2026-03-05"), Cal, RectificationPolicy.Zhejiang); // callback due 6 Mar
        t11.RecordCallback(Actors.Supervisor, At("2026-03-09"), D("2026-03-09"), "已回访");                                             // late
        t11.RecordFix(Actors.Supervisor, At("2026-03-10"), D("2026-03-10"), "已整改");
        t11.Close(Actors.Supervisor, At("2026-03-10", 16));
        var t13 = RectificationTask.Open(r13, At("2026-02-26", 12), D("2026-02-26"), Cal, RectificationPolicy.Zhejiang); // overdue now

        await SaveAsync(App, C1, C2, C3, C5, C6, C7, C8, C9, C10, C11, C12, C13,
            Notice(Actors.Clerk2, "mz", At(today, 14)), Refusal(Actors.Clerk, "rs", At(today, 15)),
            r9, r10, r11, r12, r13, t10, t11, t13);
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
