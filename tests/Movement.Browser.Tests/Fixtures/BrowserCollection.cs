namespace Movement.Browser.Tests.Fixtures;

/// <summary>Puts every browser test on the one shared site and browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
