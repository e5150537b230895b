using Movement.Testing;

namespace Movement.Site.Tests.Languages;

/// <summary>The member directory in Welsh: its words from the strings, its filters under /cy/, its members' English pages marked.</summary>
public class WelshDirectoryTests
{
    private const string Site = """
        -- site.yml --
        title: Test Movement
        base_url: https://test.example.org
        languages: [en, cy]
        -- members.csv --
        name,type,nations,region,website,logo,description,joined
        Cardiff Baby Bonding Café,community-service,wales,Cardiff,,,Weekly sessions.,
        Fife Bumps,charity,scotland,Fife,,,A network.,
        Oxpip,charity,england;wales,Oxford,,,A charity.,

        """;

    [Fact]
    public async Task The_welsh_directory_speaks_welsh_and_links_english_member_pages_as_english()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site);

        site.AssertSucceeded();
        var page = site.Html("cy/members/index.html");
        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sefydliadau sy'n aelodau", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Yn dangos 3 o 3 o sefydliadau sy'n aelodau, o A i Y.", page.QuerySelector("#members-count")!.TextContent.Trim());
        var wales = page.QuerySelector("a[data-nation=wales]")!;
        Assert.Equal("/cy/members/nation/wales/", wales.GetAttribute("href"));
        Assert.Equal("Cymru (2)", wales.TextContent.Trim());
        Assert.Equal("Elusen (2)", page.QuerySelector("a[data-type=charity]")!.TextContent.Trim());
        Assert.Equal("/cy/search/", page.QuerySelector("form[data-member-find]")!.GetAttribute("action"));
        var member = page.QuerySelector("#member-list a[href='/members/oxpip/']")!;
        Assert.Equal("en", member.GetAttribute("lang"));
        Assert.Equal("en", member.GetAttribute("hreflang"));
        Assert.Contains("Elusen · Lloegr, Cymru · Oxford", page.QuerySelector("#member-list")!.TextContent);
        Assert.Equal("/cy/members/", page.QuerySelector("nav[data-member-filters]")!.GetAttribute("data-base"));
    }

    [Fact]
    public async Task Every_filter_page_has_its_welsh_version_with_a_welsh_title_and_the_english_pages_stay_english()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site);

        site.AssertFile("cy/members/nation/wales/type/charity/index.html", "<title>Aelodau: Cymru, Elusen | Test Movement</title>");
        site.AssertFile("cy/members/type/charity/index.html", "hreflang=\"en\" href=\"https://test.example.org/members/type/charity/\"");
        var english = site.Html("members/nation/wales/index.html");
        Assert.Equal("Members in Wales", english.QuerySelector("h1")!.TextContent);
        Assert.Null(english.QuerySelector("#member-list a[lang]"));
        Assert.Equal("Showing 2 of 3 member organisations, A to Z.", english.QuerySelector("#members-count")!.TextContent.Trim());
    }
}
