namespace Movement.Cli.Preview;

/// <summary>What the served site says to a path: a file (possibly the 404 page, with status 404) or a redirect.</summary>
/// <param name="File">The output path of the file to send, or null for none (a redirect, or a site without a 404 page).</param>
/// <param name="Location">Where a 301 points.</param>
public sealed record SiteAnswer(int Status, string? File, string? Location = null);
