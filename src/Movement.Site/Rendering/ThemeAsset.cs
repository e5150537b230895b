namespace Movement.Site.Rendering;

/// <summary>A static file of the theme (CSS, JS, icons), with its path in the output.</summary>
public sealed record ThemeAsset(string Path, ReadOnlyMemory<byte> Content);
