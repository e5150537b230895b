using Microsoft.Playwright;

namespace Movement.Browser.Tests.Fixtures;

public class ChromiumTests
{
    [Fact]
    public async Task A_missing_browser_fails_with_the_command_that_installs_it()
    {
        using var playwright = await Playwright.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Chromium.LaunchAsync(playwright, "/nonexistent/chromium"));

        Assert.Contains("apt-get install -y chromium", error.Message);
    }
}
