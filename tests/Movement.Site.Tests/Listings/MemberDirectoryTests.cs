using System.Globalization;
using System.Text;
using Movement.Testing;

namespace Movement.Site.Tests.Listings;

/// <summary>The member directory at the movement's real size: pages of 100, A to Z jumps, nation and type together.</summary>
public class MemberDirectoryTests
{
    /// <summary>The movement's real size, built once for the tests that only read it.</summary>
    private static readonly Lazy<Task<BuiltSite>> Movement = new(() => BuildWithMembersAsync(240));

    /// <summary>A spreadsheet of <paramref name="count"/> members, named so that each letter has its share.</summary>
    private static Task<BuiltSite> BuildWithMembersAsync(int count)
    {
        var csv = new StringBuilder("name,type,nations,region,website,logo,description,joined\n");
        string[] nations = ["wales", "scotland", "england", "england;wales"];
        for (var i = 0; i < count; i++)
        {
            var letter = (char)('A' + i % 25); // No member starts with Z.
            csv.Append(CultureInfo.InvariantCulture, $"{letter}{letter} Group {i:D4},{(i % 3 == 0 ? "charity" : "nhs-trust")},{nations[i % 4]},Region {i % 7},,,Supports families.,\n");
        }

        csv.Append("1001 Voices,charity,wales,Cardiff,,,A choir.,\n");
        return TestSite.BuildWithRealThemeAsync($"-- members.csv --\n{csv}");
    }

    [Fact]
    public async Task A_directory_of_240_members_is_paged_in_hundreds_with_previous_and_next()
    {
        var site = await Movement.Value;

        site.AssertSucceeded();
        var first = site.Html("members/index.html");
        Assert.Equal(100, first.QuerySelectorAll(".members > li").Length);
        Assert.Equal(100, site.Html("members/page/2/index.html").QuerySelectorAll(".members > li").Length);
        var last = site.Html("members/page/3/index.html");
        Assert.Equal(41, last.QuerySelectorAll(".members > li").Length);
        Assert.False(site.Has("members/page/4/index.html"));
        Assert.Equal("/members/page/2/", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/members/page/2/", last.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Contains("Page 3 of 3", last.QuerySelector(".pagination")!.TextContent);
        Assert.Contains("241 of 241 member organisations", first.QuerySelector("#members-count")!.TextContent);
        Assert.Null(first.QuerySelector("#member-list")!.GetAttribute("data-complete")); // Filtering in place needs every member on the page.
    }

    [Fact]
    public async Task Every_letter_link_leads_to_the_page_and_heading_of_its_first_member()
    {
        var site = await Movement.Value;
        var letters = site.Html("members/page/3/index.html").QuerySelectorAll(".az li");
        Assert.Equal(27, letters.Length);
        Assert.Null(letters.Single(l => l.TextContent == "Z").QuerySelector("a")); // No member under Z: the letter is shown but not a link.
        foreach (var link in site.Html("members/index.html").QuerySelectorAll(".az a"))
        {
            var href = link.GetAttribute("href")!;
            var (path, id) = (href.Split('#')[0], href.Split('#')[1]);
            var page = site.Html(path.TrimStart('/') + "index.html");
            var heading = page.GetElementById(id);
            Assert.NotNull(heading);
            var firstName = heading.ParentElement!.QuerySelector(".members > li > a")!.TextContent;
            Assert.StartsWith(link.TextContent == "#" ? "1001 Voices" : $"{link.TextContent}{link.TextContent} Group", firstName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Nation_and_type_combine_through_links_alone_and_each_keeps_the_other()
    {
        var site = await Movement.Value;
        var wales = site.Html("members/nation/wales/index.html");
        var charityInWales = wales.QuerySelector(".filters a[href='/members/nation/wales/type/charity/']");
        Assert.NotNull(charityInWales);
        var combined = site.Html("members/nation/wales/type/charity/index.html");
        Assert.Equal("Members in Wales: Charity", combined.QuerySelector("h1")!.TextContent);
        var metas = combined.QuerySelectorAll(".members > li > .meta").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(metas);
        Assert.All(metas, meta => Assert.StartsWith("Charity · ", meta));
        Assert.All(metas, meta => Assert.Contains("Wales", meta));
        Assert.Contains($"({metas.Count})", charityInWales!.TextContent);
        Assert.Equal("page", combined.QuerySelector(".filters a[href='/members/nation/wales/type/charity/']")!.GetAttribute("aria-current"));
        Assert.NotNull(combined.QuerySelector(".filters a[href='/members/type/charity/']")); // All nations, still charities.
        Assert.NotNull(combined.QuerySelector(".filters a[href='/members/nation/wales/']")); // All types, still Wales.
    }

    [Fact]
    public async Task A_members_region_is_shown_beside_its_type_and_nations()
    {
        var site = await BuildWithMembersAsync(3);

        var meta = site.Html("members/index.html").QuerySelectorAll(".members > li > .meta").Select(m => m.TextContent);
        Assert.Contains("Charity · Wales · Cardiff", meta);
    }

    [Fact]
    public async Task A_nation_page_counts_its_members_and_links_to_the_directory_instead_of_listing_them()
    {
        var wales = (await Movement.Value).Html("nations/wales/index.html");
        var link = wales.QuerySelector("a[href='/members/nation/wales/']");
        Assert.NotNull(link);
        Assert.Equal("121 member organisations in Wales", link!.TextContent);
        Assert.Empty(wales.QuerySelectorAll("a[href^='/members/'][href$='-group-0001/']"));
    }
}
