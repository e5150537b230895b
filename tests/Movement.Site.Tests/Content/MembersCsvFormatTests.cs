using System.Text;
using Movement.Testing;

namespace Movement.Site.Tests.Content;

/// <summary>
/// Spreadsheet exports as Excel, LibreOffice and Google Sheets write them in different settings: each builds
/// the same members, or says exactly how to save it again.
/// </summary>
public class MembersCsvFormatTests
{
    private const string Rows = "Cardiff Baby Café,community-service,wales,Cardiff,,,\"Meets weekly, in a library.\",2021-03-01\n" +
                                "Border Parents,charity,england;wales,,,,Support across the border.,\n";

    public static TheoryData<string, string> Exports => new()
    {
        { "plain commas", "name,type,nations,region,website,logo,description,joined\n" + Rows },
        { "a byte-order mark and Windows line endings", "\uFEFF" + ("name,type,nations,region,website,logo,description,joined\n" + Rows).Replace("\n", "\r\n") },
        { "blank lines and empty rows at the end", "name,type,nations,region,website,logo,description,joined\n" + Rows + "\n,,,,,,,\n\n\n" },
        { "a header in capitals with spaces", " Name , TYPE,Nations,Region,Website,Logo, Description ,Joined\n" + Rows },
        { "Excel's sep= line", "sep=,\nname,type,nations,region,website,logo,description,joined\n" + Rows },
        { "semicolons, as Excel writes where the decimal mark is a comma",
            "name;type;nations;region;website;logo;description;joined\n" +
            "Cardiff Baby Café;community-service;wales;Cardiff;;;Meets weekly, in a library.;2021-03-01\n" +
            "Border Parents;charity;\"england;wales\";;;;Support across the border.;\n" },
        { "semicolons after Excel's sep= line", "sep=;\nname;type;nations;description\nCardiff Baby Café;community-service;wales;\"Meets weekly, in a library.\"\nBorder Parents;charity;\"england;wales\";Support across the border.\n" },
        { "tabs", "name\ttype\tnations\tdescription\nCardiff Baby Café\tcommunity-service\twales\tMeets weekly, in a library.\nBorder Parents\tcharity\tengland;wales\tSupport across the border.\n" },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task Each_way_of_exporting_builds_the_same_members(string export, string csv)
    {
        var site = await TestSite.BuildAsync(new Dictionary<string, byte[]> { ["members.csv"] = Encoding.UTF8.GetBytes(csv) });

        site.AssertSucceeded();
        site.AssertFile("members/cardiff-baby-cafe/index.html", "Cardiff Baby Café", "Meets weekly, in a library.");
        var nations = site.Html("members/border-parents/index.html").QuerySelectorAll(".facts dd a[href^='/members/nation/']");
        Assert.True(nations.Select(a => a.TextContent).SequenceEqual(["England", "Wales"]), export);
    }

    [Fact]
    public async Task A_windows_1252_spreadsheet_is_reported_at_the_character_with_the_word_as_it_was_meant()
    {
        byte[] csv = [.. "name,type,nations,description\nBump Club,charity,wales,D\nCaf"u8, 0xE9, .. " Bonding,charity,wales,D\n"u8];

        var site = await TestSite.BuildAsync(new Dictionary<string, byte[]> { ["members.csv"] = csv });

        var error = site.AssertDiagnostic("MV0503", "members.csv", 3);
        Assert.Equal(4, error.Location.Column);
        Assert.Contains("'Café'", error.Message);
        Assert.Contains("CSV UTF-8 (Comma delimited)", error.Hint);
        Assert.Contains("Unicode (UTF-8)", error.Hint);
        site.AssertFailedWithoutOutput();
    }
}
