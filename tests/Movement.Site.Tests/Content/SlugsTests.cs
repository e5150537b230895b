using Movement.Site.Content;

namespace Movement.Site.Tests.Content;

public class SlugsTests
{
    [Theory]
    [InlineData("Anna Freud", "anna-freud")]
    [InlineData("Home-Start UK", "home-start-uk")]
    [InlineData("NHS Ayrshire & Arran", "nhs-ayrshire-and-arran")]
    [InlineData("Cardiff Baby Café", "cardiff-baby-cafe")]
    [InlineData("Canolfan Tŷ Hapus", "canolfan-ty-hapus")]
    [InlineData("Children's Centre", "childrens-centre")]
    [InlineData("  --Odd   spacing--  ", "odd-spacing")]
    public void Names_become_safe_readable_slugs(string name, string slug)
    {
        Assert.Equal(slug, Slugs.From(name));
        Assert.True(Slugs.IsValid(slug));
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("Capital")]
    [InlineData("two--hyphens")]
    [InlineData("-leading")]
    [InlineData("")]
    public void Unsafe_slugs_are_invalid(string slug) => Assert.False(Slugs.IsValid(slug));
}
