using Movement.Site.Tests.Diagnostics;
using Movement.Testing;

namespace Movement.Site.Tests.Building;

/// <summary>
/// Input files at the paths of files the site makes after rendering (robots.txt, an awareness week's toolkit) are
/// errors at the input file, the same with pictures drawn (build) and without (check): nothing is silently replaced.
/// </summary>
public class LateClashTests
{
    private const string Site = BadInputCatalogue.Week + """

        -- robots.txt --
        User-agent: *
        -- awareness-week/2025/partner-toolkit-2025.zip --
        PK
        -- files/fine.txt --
        Not in anyone's way.
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_input_file_where_the_site_writes_its_own_is_an_error_at_the_file(bool pictures)
    {
        var site = await TestSite.BuildAsync(Site, pictures: pictures);

        Assert.Equal(
            [("MV0301", "awareness-week/2025/partner-toolkit-2025.zip"), ("MV0301", "robots.txt")],
            site.Errors.Select(e => (e.Code, e.Location.Path)));
        Assert.All(site.Errors, e => Assert.Contains("made by the site itself", e.Message));
        site.AssertFailedWithoutOutput();
    }
}
