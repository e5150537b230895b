using Microsoft.Playwright;

namespace Movement.Browser.Tests.Fixtures;

/// <summary>
/// Launches Debian's Chromium: Playwright cannot download its own browser on our machines. A missing
/// browser fails every test with the command that installs it, never a silent skip.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string executablePath = ExecutablePath)
    {
        if (!File.Exists(executablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {executablePath}, and it is not installed. " +
                "Install it with 'apt-get update && apt-get install -y chromium chromium-driver' (tests/run.sh does this).");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executablePath, Args = Arguments, Headless = true });
    }
}
