namespace Movement.Cli.Preview;

/// <summary>
/// How the site's own headers are bent for a preview on plain http: the security policy stays (so a page that
/// breaks the policy breaks in the preview too), but nothing may push the browser to https or cache a page.
/// </summary>
public static class PreviewHeaders
{
    private const string UpgradeDirective = "upgrade-insecure-requests";

    public static IEnumerable<KeyValuePair<string, string>> Adapt(IEnumerable<KeyValuePair<string, string>> headers)
    {
        foreach (var (name, value) in headers)
        {
            if (name.Equals("Strict-Transport-Security", StringComparison.OrdinalIgnoreCase) || name.Equals("Cache-Control", StringComparison.OrdinalIgnoreCase))
            {
                continue; // HSTS means nothing on http; every preview response is no-store.
            }

            yield return name.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase)
                ? KeyValuePair.Create(name, string.Join(", ", value.Split(',').Select(single => string.Join("; ", Directives(single).Where(d => d != UpgradeDirective)))))
                : KeyValuePair.Create(name, value);
        }
    }

    /// <summary>
    /// Whether a page under this policy may run the reload script: a same-origin script that connects to the
    /// preview. The embeds' policy allows their one script but no connection, so the reload script is not added
    /// there (the browser would refuse it and report the refusal).
    /// </summary>
    public static bool AllowsOwnScripts(string? policy) =>
        policy is null || policy.Split(',').All(single =>
        {
            var directives = Directives(single).ToList();
            return Allows(directives, "script-src") && Allows(directives, "connect-src");
        });

    private static bool Allows(List<string> directives, string name)
    {
        var rule = directives.FirstOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal))
            ?? directives.FirstOrDefault(d => d.StartsWith("default-src ", StringComparison.Ordinal));
        return rule is null || rule.Split(' ').Contains("'self'");
    }

    private static IEnumerable<string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
