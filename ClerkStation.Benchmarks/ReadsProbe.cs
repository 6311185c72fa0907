using ClerkStation.Domain.Staff;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.BackOffice.Checks;
using ClerkStation.Features.FollowUps;
using ClerkStation.Features.ItemSearch;
using ClerkStation.Features.Track;
using ClerkStation.Infrastructure.Practice;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project ClerkStation.Benchmarks -- reads [n]`: what the reviewer, the counter, the public
/// and the intake page read, through the app's mediator pipeline, on a copy of the 1,000,000-case database; the five
/// reads take turns call by call, so they share the same neighbours. Inputs are the busiest department, the clerk
/// with the most follow-ups and case numbers spread over the whole history.
/// </summary>
public static class ReadsProbe
{
    public static async Task RunAsync(int calls)
    {
        var path = SupervisorDatabase.WorkingCopy("reads-work");
        Actor? who = null;
        await using var app = BenchApp.Build(path, () => who);
        var inputs = ReadInputs.Load(app.Services);
        Console.WriteLine($"department {inputs.Department} ({inputs.OpenInDepartment:N0} open), counter clerk {inputs.CounterClerk} ({inputs.WaitingCount:N0} waiting), {inputs.Cases.Count} sample cases");

        IMediator As(Actor? actor)
        {
            who = actor;
            var scope = app.Services.CreateScope(); // one per page, like a circuit; left to the process end
            _ = scope.ServiceProvider.GetRequiredService<Infrastructure.Security.ICurrentUser>();
            return scope.ServiceProvider.GetRequiredService<IMediator>();
        }

        var reviewer = As(Actor.Create("bench-reviewer", "基准审批", [StaffRole.Reviewer], [inputs.Department]));
        var counter = As(Actor.Create(inputs.CounterClerk, "受理员", [StaffRole.Clerk]));
        var picker = As(Actor.Create("clerk-1", "受理员1", [StaffRole.Clerk]));
        var anonymous = As(null);
        var reads = new (string Name, Func<int, Task<int>> Run)[]
        {
            ("department queue (GetDepartmentQueue)", async _ => (await reviewer.Send(new GetDepartmentQueue())).Count),
            ("  the same, as before: 500 whole cases with events", _ => ReadsBefore.QueueAsync(app.Services, inputs.Department)),
            ("case review query (GetCaseReview)", async i => (await reviewer.Send(new GetCaseReview(inputs.InDepartment[i % inputs.InDepartment.Count]))) is null ? 0 : 1),
            ("  case page opening: what the page waits for before it renders (review + department checks)", async i =>
            {
                var number = inputs.InDepartment[(i + 7) % inputs.InDepartment.Count];
                var review = await reviewer.Send(new GetCaseReview(number));
                return review is not null && (await reviewer.Send(new GetDepartmentChecks(number))).Count >= 0 ? 1 : 0;
            }),
            ("  RecordCaseView, sent after the page rendered (the audit row)", async i =>
                await reviewer.Send(new RecordCaseView(inputs.InDepartmentIds[(i + 7) % inputs.InDepartmentIds.Count])) ? 1 : 0),
            ("  as before: review + RecordCaseView + department checks before the first render", async i =>
            {
                var number = inputs.InDepartment[(i + 11) % inputs.InDepartment.Count];
                var review = await reviewer.Send(new GetCaseReview(number));
                return review is not null && await reviewer.Send(new RecordCaseView(review.Case.Id)) && (await reviewer.Send(new GetDepartmentChecks(number))).Count >= 0 ? 1 : 0;
            }),
            ("counter follow-ups (GetFollowUps)", async _ => (await counter.Send(new GetFollowUps())).Count),
            ("  the same, as before: whole cases with events", _ => ReadsBefore.FollowUpsAsync(app.Services, inputs.CounterClerk)),
            ("/track (TrackCase)", async i => (await anonymous.Send(new TrackCase(inputs.Cases[i % inputs.Cases.Count].Number, inputs.Cases[i % inputs.Cases.Count].LastFour, "bench"))).Kind == TrackResultKind.Found ? 1 : 0),
            ("intake picker context (GetPickerContext)", async _ => (await picker.Send(new GetPickerContext())).Usage.Count),
            ("  the same, as before: 90-day GROUP BY on every open", _ => ReadsBefore.PickerAsync(app.Services, "clerk-1")),
        };
        var samples = reads.Select(_ => new Samples()).ToArray();
        var results = new int[reads.Length];
        for (var i = -5; i < calls; i++)
        {
            for (var r = 0; r < reads.Length; r++)
            {
                var timed = i < 0 ? new Samples() : samples[r]; // the first five are warm-up
                results[r] = await timed.TimeAsync(() => reads[r].Run(i + 5));
            }
        }

        Console.WriteLine($"\n{calls} calls of each, interleaved, {Samples.LoadAverage()}");
        Console.WriteLine(Samples.Header);
        for (var r = 0; r < reads.Length; r++)
        {
            Console.WriteLine(samples[r].Row(reads[r].Name) + $" rows {results[r]}");
        }
    }

    /// <summary>What the reads are asked for, chosen from the database itself.</summary>
    private sealed record ReadInputs(string Department, int OpenInDepartment, string CounterClerk, int WaitingCount, List<string> InDepartment, List<(string Number, string LastFour)> Cases, List<Guid> InDepartmentIds)
    {
        public static ReadInputs Load(IServiceProvider services)
        {
            using var db = services.GetRequiredService<ClerkDatabases>().Production.CreateDbContext();
            var department = db.Cases.Where(c => ReadsBefore.Open.Contains(c.Status)).GroupBy(c => c.DepartmentCode)
                .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).First();
            var clerk = db.Cases.Where(c => c.AssignedClerkId != null && ReadsBefore.Waiting.Contains(c.Status)).GroupBy(c => c.AssignedClerkId)
                .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).First();
            var sample = db.Cases.FromSqlRaw("SELECT * FROM Cases WHERE rowid % 2003 = 0").AsNoTracking()
                .Select(c => new { c.Id, c.Number, c.Applicant, c.DepartmentCode }).ToList();
            return new ReadInputs(department.Key, department.Count, clerk.Key!, clerk.Count,
                sample.Where(c => c.DepartmentCode == department.Key).Select(c => c.Number).ToList(),
                sample.Select(c => (c.Number, c.Applicant.IdNumber[^4..])).ToList(),
                sample.Where(c => c.DepartmentCode == department.Key).Select(c => c.Id).ToList());
        }
    }
}
