using Movement.Core.IO;

namespace Movement.Cli.Tests;

public class BuildClockTests
{
    [Fact]
    public void Source_date_epoch_fixes_the_instant_a_build_runs_at()
    {
        var clock = BuildClock.From("1764806400");

        Assert.IsType<FixedClock>(clock);
        Assert.Equal(new DateTimeOffset(2025, 12, 4, 0, 0, 0, TimeSpan.Zero), clock.Now);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("-5")]
    public void Without_a_number_of_seconds_the_system_clock_is_used(string? value) =>
        Assert.IsType<SystemClock>(BuildClock.From(value));
}
