using Movement.Testing;

namespace Movement.Site.Tests.Languages;

/// <summary>Markdown links between translations: a Welsh page links Welsh pages where they exist, and says when they don't.</summary>
public class TranslatedLinksTests
{
    private const string Site = """
        -- site.yml --
        title: Test Movement
        base_url: https://test.example.org
        languages: [en, cy]
        -- briefs/calls.md --
        ---
        title: Five calls
        summary: Our calls.
        date: 2024-01-01
        ---
        See [the workforce](workforce.md) and [about](../pages/about.md).
        -- briefs/calls.cy.md --
        ---
        title: Pum galwad
        summary: Ein galwadau.
        date: 2024-01-01
        slug: pum-galwad
        ---
        Gweler [y gweithlu](workforce.md), [amdanom](../pages/about.md), [amdanom eto](/pages/about.cy.md#nod) a [preifatrwydd](../pages/privacy.cy.md).
        -- briefs/workforce.md --
        ---
        title: Workforce
        summary: People.
        date: 2024-01-02
        ---
        Back to [the calls](calls.md) or [in Welsh](calls.cy.md).
        -- pages/about.md --
        ---
        title: About us
        summary: Who we are.
        ---
        Us.
        -- pages/about.cy.md --
        ---
        title: Amdanom ni
        summary: Pwy ydym ni.
        slug: "amdanom"
        ---
        ## Nod

        Ni.
        -- pages/privacy.md --
        ---
        title: Privacy
        summary: What we keep.
        ---
        Nothing.

        """;

    [Fact]
    public async Task A_welsh_page_links_welsh_versions_at_their_welsh_slugs_and_english_pages_where_none_exist()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site);

        var links = site.Html("cy/briefs/pum-galwad/index.html").QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/briefs/workforce/", "/cy/amdanom/", "/cy/amdanom/#nod", "/privacy/"], links);
    }

    [Fact]
    public async Task An_english_page_links_the_english_unless_it_names_the_translation()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site);

        var links = site.Html("briefs/workforce/index.html").QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/briefs/calls/", "/cy/briefs/pum-galwad/"], links);
    }

    [Fact]
    public async Task A_link_to_a_translation_that_does_not_exist_is_reported_at_the_link_with_the_fix()
    {
        var site = await TestSite.BuildAsync(Site);

        var warning = site.AssertDiagnostic("MV0845", "briefs/calls.cy.md", 7);
        Assert.Contains("pages/privacy.md has no Welsh translation yet", warning.Message);
        Assert.Contains("Link to the English file (privacy.md)", warning.Hint);
        Assert.Empty(site.Errors);
    }
}
