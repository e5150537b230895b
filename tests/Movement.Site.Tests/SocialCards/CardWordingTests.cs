using Movement.Testing;

namespace Movement.Site.Tests.SocialCards;

/// <summary>What cards say beyond the title, looked at in the demo's cards: a member's kind and place, a Welsh page's language.</summary>
public class CardWordingTests
{
    private static string CardAlt(BuiltSite site, string page) =>
        site.Html(page).QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content")!;

    [Fact]
    public async Task A_members_card_says_what_kind_of_organisation_it_is_and_where()
    {
        var site = await TestSite.BuildWithRealThemeAsync("""
            -- members.csv --
            name,type,nations,region,website,logo,description,joined
            Cardiff Baby Café,community-service,wales,Cardiff,,,"Meets weekly, in a library.",2021-03-01
            Border Parents,charity,england;wales,,,,Support across the border.,
            """);

        site.AssertSucceeded();
        Assert.Equal("Member organisation. Cardiff Baby Café. Community service · Cardiff, Wales. Test Movement.", CardAlt(site, "members/cardiff-baby-cafe/index.html"));
        Assert.Equal("Member organisation. Border Parents. Charity · England, Wales. Test Movement.", CardAlt(site, "members/border-parents/index.html"));
    }

    [Fact]
    public async Task A_welsh_pages_card_is_labelled_in_welsh_and_an_english_page_has_no_label()
    {
        var site = await TestSite.BuildWithRealThemeAsync("-- site.yml --\n" + TestSite.DefaultSettings + "\nlanguages: [en, cy]\n" + """
            -- pages/about.cy.md --
            ---
            title: Amdanom ni
            slug: amdanom
            ---
            Pwy ydym ni.
            -- pages/about.md --
            ---
            title: About us
            ---
            Who we are.
            """);

        site.AssertSucceeded();
        Assert.Equal("Cymraeg. Amdanom ni. Test Movement.", CardAlt(site, "cy/amdanom/index.html"));
        Assert.Equal("About us. Test Movement.", CardAlt(site, "about/index.html"));
    }
}
