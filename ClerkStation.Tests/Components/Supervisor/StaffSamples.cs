using ClerkStation.Features.Supervisor;

namespace ClerkStation.Tests.Components.Supervisor;

/// <summary>The people a supervisor can hand work to: two reviewers of 民政, one of 人社, two clerks.</summary>
internal static class StaffSamples
{
    public static readonly StaffEntry ReviewerMz = new("r-mz", "张审核", "zhang", ["mz"]);
    public static readonly StaffEntry ReviewerMz2 = new("r-mz-2", "李审核", "li", ["mz"]);
    public static readonly StaffEntry ReviewerRs = new("r-rs", "王审核", "wang", ["rs"]);
    public static readonly StaffEntry Clerk = new("c-1", "赵受理", "zhao", []);
    public static readonly StaffEntry Clerk2 = new("c-2", "钱受理", "qian", []);

    public static readonly StaffDirectory Staff = new([ReviewerMz, ReviewerMz2, ReviewerRs], [Clerk, Clerk2]);

    /// <summary>How a select shows a person.</summary>
    public static string Shown(this StaffEntry person) => $"{person.DisplayName} ({person.UserName})";
}
