using System.Runtime.CompilerServices;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Tests.Features.Security;

/// <summary>Every mediator request states who may send it, and the pipeline refuses everyone else before any handler runs.</summary>
public sealed class RequestAuthorizationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static readonly Type[] RequestTypes = typeof(Program).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t) && !typeof(INotification).IsAssignableFrom(t))
        .OrderBy(t => t.FullName)
        .ToArray();

    public static TheoryData<string> Requests() => new(RequestTypes.Select(t => t.FullName!));

    /// <summary>The requests that need a signed-in staff member: the refusal tests run over these.</summary>
    public static TheoryData<string> StaffRequests() => new(RequestTypes.Where(t => !RequestAccess.For(t).Anonymous).Select(t => t.FullName!));

    /// <summary>The requests anyone may send, signed in or not (the citizen's and the devices').</summary>
    public static TheoryData<string> PublicRequests() => new(RequestTypes.Where(t => RequestAccess.For(t).Anonymous).Select(t => t.FullName!));

    [Fact]
    public void The_app_has_requests_to_check() => Assert.True(RequestTypes.Length >= 10, $"only {RequestTypes.Length} request types found");

    [Theory]
    [MemberData(nameof(Requests))]
    public void Every_request_declares_who_may_send_it(string requestName)
    {
        var access = RequestAccess.For(RequestTypes.Single(t => t.FullName == requestName));
        Assert.True(access.Declared, $"{requestName} has neither [AllowedRoles] nor [AllowAnonymousRequest]");
        Assert.True(access.Anonymous || access.Roles.Count > 0, $"{requestName} allows no role at all");
    }

    /// <summary>
    /// Public requests are covered by their own tests (they check tokens, device links or rate limits); a request that
    /// becomes public by accident fails here instead of dropping out of the refusal tests below.
    /// </summary>
    [Fact]
    public void Only_the_citizen_and_device_requests_are_public()
    {
        var anonymous = RequestTypes.Where(t => RequestAccess.For(t).Anonymous).Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["CheckDevice", "CheckInAppointment", "GetHallBoard", "GetRatingForm", "GetTicketPosition", "IssueKioskTicket", "SubmitRating", "TrackCase"],
            anonymous);
    }

    /// <summary>
    /// A case number is unique within one center only, so a command names what it changes by id (ADR 0009); numbers
    /// stay with the queries people type or follow a link with.
    /// </summary>
    [Fact]
    public void No_command_names_its_case_by_number()
    {
        var byNumber = RequestTypes
            .Where(t => t.GetInterfaces().Any(i => i == typeof(ICommand) || (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))))
            .Where(t => t.GetProperties().Any(p => p.Name is "Number" or "CaseNumber"))
            .Select(t => t.Name);
        Assert.Empty(byNumber);
    }

    [Theory]
    [MemberData(nameof(StaffRequests))]
    public async Task Every_role_not_listed_is_refused_before_the_handler(string requestName)
    {
        var type = RequestTypes.Single(t => t.FullName == requestName);
        var access = RequestAccess.For(type);
        Assert.False(access.Anonymous);
        foreach (var role in Enum.GetValues<StaffRole>().Where(r => !access.Roles.Contains(r)))
        {
            // The behaviour runs before validation and the handler, so an empty instance is enough to prove the refusal.
            await Assert.ThrowsAsync<AccessDeniedException>(async () => await SendEmptyAsync(Actors.Of(role), type));
        }
    }

    [Theory]
    [MemberData(nameof(StaffRequests))]
    public async Task A_signed_out_caller_is_refused(string requestName)
    {
        var type = RequestTypes.Single(t => t.FullName == requestName);

        var refusal = await Assert.ThrowsAsync<AccessDeniedException>(async () => await SendEmptyAsync(null, type));

        Assert.Equal(SignedOutRefusal(type), refusal.Message);
    }

    /// <summary>
    /// The public requests reach their handler for the signed-out caller: whatever the handler makes of an empty request
    /// (a validation problem, an unknown token or device), it is not the pipeline's refusal of the signed out.
    /// </summary>
    [Theory]
    [MemberData(nameof(PublicRequests))]
    public async Task A_signed_out_caller_gets_past_authorization_to_a_public_request(string requestName)
    {
        var type = RequestTypes.Single(t => t.FullName == requestName);
        Assert.True(RequestAccess.For(type).Anonymous);

        var outcome = await Record.ExceptionAsync(async () => await SendEmptyAsync(null, type));

        Assert.NotEqual(SignedOutRefusal(type), outcome?.Message);
    }

    [Fact]
    public void Every_request_is_either_public_or_for_staff() =>
        Assert.Equal(RequestTypes.Length, StaffRequests().Count + PublicRequests().Count);

    private static string SignedOutRefusal(Type type) => $"{type.Name}: not signed in";

    private Task<object?> SendEmptyAsync(Actor? actor, Type type) =>
        app.SendAsync(actor, m => m.Send(RuntimeHelpers.GetUninitializedObject(type), TestContext.Current.CancellationToken));
}
