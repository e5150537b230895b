using Movement.Core.IO;
using Movement.Site.Calendar;
using Movement.Testing;

namespace Movement.Site.Tests.Calendar;

public class UkDateTests
{
    [Theory]
    [InlineData("2026-06-08T22:59:59Z", "2026-06-08")] // 23:59 BST
    [InlineData("2026-06-08T23:00:00Z", "2026-06-09")] // midnight BST
    [InlineData("2026-01-08T23:30:00Z", "2026-01-08")] // 23:30 GMT
    [InlineData("2026-01-09T00:00:00Z", "2026-01-09")] // midnight GMT
    [InlineData("2026-03-28T23:59:59Z", "2026-03-28")] // the night the clocks go forward, still GMT
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29")]
    [InlineData("2026-03-29T23:00:00Z", "2026-03-30")] // the first midnight of summer time
    [InlineData("2026-10-24T23:00:00Z", "2026-10-25")] // the night the clocks go back, still BST
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")] // back on GMT
    public void Today_is_the_date_on_a_clock_in_London(string instant, string date)
    {
        var clock = new FixedClock(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), UkDate.Today(clock));
    }

    [Fact]
    public void The_rule_used_without_time_zone_data_agrees_with_the_system_every_hour_of_four_years()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var london))
        {
            Assert.Fail("This machine has no time-zone data to compare the rule with.");
        }

        for (var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero); at.Year < 2028; at = at.AddMinutes(30))
        {
            Assert.Equal(TimeZoneInfo.ConvertTime(at, london).DateTime, TimeZoneInfo.ConvertTime(at, UkDate.Rule).DateTime);
        }
    }

    private const string Week = """
        -- awareness-week/2026/index.md --
        ---
        title: Week 2026
        theme: T
        summary: S
        start: 2026-06-09
        end: 2026-06-15
        ---
        """;

    [Theory]
    [InlineData("2026-06-07T22:59:00Z", "2 days to go")]
    [InlineData("2026-06-07T23:00:00Z", "Starts tomorrow")]
    [InlineData("2026-06-08T23:00:00Z", "Happening now")]
    [InlineData("2026-06-15T22:59:00Z", "Happening now")]
    [InlineData("2026-06-15T23:00:00Z", "Took place 9&#x2013;15 June 2026")]
    public async Task The_week_page_says_how_the_week_stands_on_the_day_in_the_UK(string instant, string label)
    {
        var site = await TestSite.BuildWithRealThemeAsync(Week, now: DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        site.AssertSucceeded();
        site.AssertFile("awareness-week/2026/index.html", label);
    }

    [Theory]
    [InlineData("2026-06-08T22:59:00Z", false)]
    [InlineData("2026-06-08T23:00:00Z", true)]
    public async Task A_news_item_dated_for_tomorrow_appears_at_midnight_in_the_UK(string instant, bool published)
    {
        var site = await TestSite.BuildAsync("""
            -- news/launch.md --
            ---
            title: Launch
            summary: We launch.
            date: 2026-06-09
            ---
            Body.
            """, now: DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(published, site.Has("news/launch/index.html"));
    }
}
