using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(ClerkStation.Tests.Support.BrowserCollectionFirst))]

namespace ClerkStation.Tests.Support;

/// <summary>
/// The browser tests share one app and run one after another, so their collection is the run's longest path (about 15 of
/// its 18 minutes on 2 cores). Started first, it runs from the first minute beside the other collections instead of
/// waiting for a free slot; the others keep their usual order.
/// </summary>
public sealed class BrowserCollectionFirst : ITestCollectionOrderer
{
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection =>
        [.. testCollections.OrderBy(c => c.TestCollectionDisplayName == BrowserCollection.Name ? 0 : 1)];
}
