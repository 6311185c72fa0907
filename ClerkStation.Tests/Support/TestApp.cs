using System.Security.Claims;
using ClerkStation.Domain.Staff;
using Mediator;
using Microsoft.AspNetCore.Components.Authorization;

namespace ClerkStation.Tests.Support;

/// <summary>
/// The handler tests' one way in: a request sent through the real mediator and pipeline as an actor (null: the public,
/// signed out). The app itself is a <see cref="ClerkAppFactory"/> (seeded catalog, own database) or a
/// <see cref="FixedClockAppFactory"/> (the center's clock stopped).
/// </summary>
public static class TestApp
{
    /// <summary>A scope acting as <paramref name="actor"/>; for null, a signed-out visitor as on the public rating page.</summary>
    public static AsyncServiceScope ScopeAs(this ClerkAppFactory app, Actor? actor)
    {
        var scope = app.ScopeFor(actor);
        if (actor is null)
        {
            var state = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
            state.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }

        return scope;
    }

    /// <summary>A send written by the caller (its own cancellation token, a stream request), in a scope acting as <paramref name="actor"/>.</summary>
    public static async Task<T> SendAsync<T>(this ClerkAppFactory app, Actor? actor, Func<IMediator, ValueTask<T>> send)
    {
        await using var scope = app.ScopeAs(actor);
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    public static async Task<T> SendAsync<T>(this ClerkAppFactory app, Actor? actor, IRequest<T> request)
    {
        await using var scope = app.ScopeAs(actor);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static async Task<T> SendAsync<T>(this ClerkAppFactory app, Actor? actor, IQuery<T> query)
    {
        await using var scope = app.ScopeAs(actor);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    public static async Task<T> SendAsync<T>(this ClerkAppFactory app, Actor? actor, ICommand<T> command)
    {
        await using var scope = app.ScopeAs(actor);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }
}
