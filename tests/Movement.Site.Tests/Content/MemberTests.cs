using Movement.Testing;

namespace Movement.Site.Tests.Content;

public class MemberTests
{
    [Fact]
    public async Task Members_come_from_yaml_files_and_from_the_spreadsheet_export()
    {
        var site = await TestSite.BuildWithRealThemeAsync("""
            -- members/home-start-uk.yml --
            name: Home-Start UK
            type: charity
            nations: [uk-wide]
            website: https://www.home-start.org.uk
            description: Volunteers who support families with young children.
            joined: 2020-06-01
            -- members.csv --
            name,type,nations,region,website,logo,description,joined
            Cardiff Baby Café,community-service,wales,Cardiff,,,"Meets weekly, in a library.",2021-03-01
            Border Parents,charity,england;wales,,,,Support across the border.,
            """);

        site.AssertSucceeded();
        site.AssertFile("members/home-start-uk/index.html", "Home-Start UK", "https://www.home-start.org.uk", "1 June 2020");
        site.AssertFile("members/cardiff-baby-cafe/index.html", "Meets weekly, in a library.", "Cardiff");
        var nations = site.Html("members/border-parents/index.html").QuerySelectorAll(".facts dd a[href^='/members/nation/']");
        Assert.Equal(["England", "Wales"], nations.Select(a => a.TextContent));
    }

    [Fact]
    public async Task The_directory_is_a_to_z_with_a_prebuilt_page_per_nation_and_type()
    {
        var site = await TestSite.BuildWithRealThemeAsync("""
            -- members/b.yml --
            name: Beta Trust
            type: nhs-trust
            nations: [scotland]
            description: D
            -- members/a.yml --
            name: alpha charity
            type: charity
            nations: [wales, scotland]
            description: D
            """);

        var all = site.Html("members/index.html");
        Assert.Equal(["alpha charity", "Beta Trust"], all.QuerySelectorAll(".members > li > a").Select(a => a.TextContent));
        Assert.Contains("Scotland (2)", all.QuerySelector(".filters")!.TextContent);
        Assert.Equal(["alpha charity"], site.Html("members/nation/wales/index.html").QuerySelectorAll(".members > li > a").Select(a => a.TextContent));
        Assert.Equal(["Beta Trust"], site.Html("members/type/nhs-trust/index.html").QuerySelectorAll(".members > li > a").Select(a => a.TextContent));
        Assert.Equal("page", site.Html("members/nation/wales/index.html").QuerySelector("a[href='/members/nation/wales/']")!.GetAttribute("aria-current"));
        Assert.True(site.Has("members/nation/northern-ireland/index.html"), "Every nation has a page, even an empty one, so links never break.");
    }

    [Fact]
    public async Task A_spreadsheet_without_a_required_column_is_reported()
    {
        var site = await TestSite.BuildAsync("""
            -- members.csv --
            name,nations,description
            A,wales,D
            """);

        Assert.Contains("'type'", site.AssertDiagnostic("MV0501", "members.csv", 1).Message);
    }

    [Fact]
    public async Task A_spreadsheet_row_with_an_unquoted_comma_is_reported_on_its_line()
    {
        var site = await TestSite.BuildAsync("""
            -- members.csv --
            name,type,nations,description
            Good,charity,wales,Fine
            Bad,charity,wales,Training, supervision and therapy
            """);

        Assert.Contains("double quotes", site.AssertDiagnostic("MV0502", "members.csv", 3).Hint);
        site.AssertFailedWithoutOutput();
    }

    [Fact]
    public async Task A_spreadsheet_value_not_allowed_is_reported_on_its_row()
    {
        var site = await TestSite.BuildAsync("""
            -- members.csv --
            name,type,nations,description
            A,charity,Englund,D
            """);

        Assert.Contains("Did you mean 'england'?", site.AssertDiagnostic("MV0103", "members.csv", 2).Message);
    }
}
