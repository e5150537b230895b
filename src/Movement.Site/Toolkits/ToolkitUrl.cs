using Movement.Site.Content.AwarenessWeeks;

namespace Movement.Site.Toolkits;

/// <summary>Where a week's partner toolkit is published: "/awareness-week/2025/partner-toolkit-2025.zip".</summary>
public static class ToolkitUrl
{
    public static string Of(AwarenessWeek week) => $"{week.Url.TrimEnd('/')}/partner-toolkit-{week.Year}.zip";
}
