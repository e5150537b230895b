using Movement.Site.Languages;

namespace Movement.Site.Tests.Languages;

public class InterfaceStringsTests
{
    [Fact]
    public void Every_language_has_every_interface_word_of_english()
    {
        var english = InterfaceStrings.Embedded.For(Language.English).Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var lang in Language.Known)
        {
            Assert.Equal(english, InterfaceStrings.Embedded.For(lang).Keys.Order(StringComparer.Ordinal).ToList());
        }
    }

    [Fact]
    public void Dates_read_in_each_language()
    {
        var day = new DateOnly(2025, 6, 9);
        Assert.Equal("9 June 2025", InterfaceStrings.Embedded.For("en").Date(day));
        Assert.Equal("9 Mehefin 2025", InterfaceStrings.Embedded.For("cy").Date(day));
    }

    [Fact]
    public void Counts_take_the_form_for_one_or_several()
    {
        var welsh = InterfaceStrings.Embedded.For("cy");
        Assert.Equal("1 diwrnod i fynd", welsh.Count("days_to_go", 1));
        Assert.Equal("12 diwrnod i fynd", welsh.Count("days_to_go", 12));
        Assert.Equal("12 days to go", InterfaceStrings.Embedded.For("en").Count("days_to_go", 12));
    }
}
