namespace Movement.Cli.Preview;

/// <summary>What changed since the last rebuild.</summary>
/// <param name="Paths">Input paths (relative, with '/'), or null when unknown: everything is read again.</param>
/// <param name="Theme">A theme static file changed: the theme's files are read again too.</param>
public sealed record ChangeBatch(IReadOnlyCollection<string>? Paths, bool Theme)
{
    /// <summary>The first build, or after the watcher lost track: nothing is known.</summary>
    public static ChangeBatch Everything { get; } = new(null, Theme: false);

    /// <summary>This batch and a later one as one: what either changed.</summary>
    public ChangeBatch With(ChangeBatch? later) => later is null ? this : new(
        Paths is null || later.Paths is null ? null : [.. Paths.Union(later.Paths, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Theme || later.Theme);

    public override string ToString() =>
        Paths is null ? "everything" : string.Join(", ", Paths.Take(3).Concat(Theme ? ["the theme's files"] : [])) + (Paths.Count > 3 ? $" and {Paths.Count - 3} more" : "");
}
