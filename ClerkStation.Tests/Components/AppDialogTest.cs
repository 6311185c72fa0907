using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using Mediator;

namespace ClerkStation.Tests.Components;

/// <summary>
/// A dialog that sends its own requests, rendered against the real app: its mediator (pipeline, validators, database),
/// catalog and clock are the app's, in one scope acting as <c>actor</c> for the whole test, as in a signed-in circuit.
/// </summary>
public abstract class AppDialogTest : MudComponentTest, IClassFixture<ClerkAppFactory>
{
    protected AppDialogTest(ClerkAppFactory app, Actor actor)
        : base(services =>
        {
            services.AddSingleton(_ => new AppScope(app.ScopeAs(actor)));
            services.AddSingleton(sp => sp.GetRequiredService<AppScope>().Get<IMediator>());
            services.AddSingleton(sp => sp.GetRequiredService<AppScope>().Get<CatalogStore>());
            services.AddSingleton(sp => sp.GetRequiredService<AppScope>().Get<CenterClock>());
        })
    {
        App = app;
    }

    protected ClerkAppFactory App { get; }

    /// <summary>The app's scope, disposed with the test's services.</summary>
    private sealed class AppScope(AsyncServiceScope scope) : IAsyncDisposable
    {
        public T Get<T>()
            where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
