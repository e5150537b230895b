using System.Text.RegularExpressions;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Core.Schema;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Images;

namespace Movement.Site.Settings;

/// <summary>
/// Checks the settings whose form the schema cannot state: the addresses and names that go on every page
/// or into the editing UI. A refused value is left out, so nothing unsafe reaches a page even in a preview.
/// </summary>
public sealed partial class CheckSettingsValues(IDiagnostics diagnostics)
{
    /// <summary>Whether a navigation item's address may be used; reports it at its line when not.</summary>
    public bool NavigationUrl(FieldValues link)
    {
        var url = link.Text("url");
        if (url is null)
        {
            return false; // Missing: the schema has said so.
        }

        if (SettingsUrl.Problem(url) is not { } problem)
        {
            return true;
        }

        diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidNavigationAddress, link.LocationOf("url"), $"The navigation address '{url}' cannot be used: {problem}.",
            "Link to a page of this site starting with /, for example url: /briefs/, or give a full address starting with https://, mailto: or tel:."));
        return false;
    }

    public string? Email(FieldValues values, string name) => Shaped(values, name, EmailShape(), DiagnosticCodes.InvalidContactEmail,
        value => $"'{name}' is not an email address: '{value}'.",
        $"Write the address alone, for example {name}: hello@first1001days.org.uk (the site adds the 'mailto:' itself).");

    public string? Year(FieldValues values, string name) => Shaped(values, name, YearShape(), DiagnosticCodes.InvalidWeekYear,
        value => $"'{name}' should be the year of an awareness week, not '{value}'.",
        $"Write the name of the week's folder under input/awareness-week/, for example {name}: 2025.");

    public string? Repository(FieldValues values, string name) => Shaped(values, name, RepositoryShape(), DiagnosticCodes.InvalidRepository,
        value => $"'{name}' should be a GitHub repository written owner/name, not '{value}'.",
        $"Write it as owner/name, the two parts after github.com/ in the repository's address, for example {name}: first1001days/website.");

    /// <summary>The page size of the API's lists when it is in range; otherwise reported at its line and the default used.</summary>
    public int PageSize(FieldValues values, string name)
    {
        if (values.Integer(name) is not { } size)
        {
            return ApiPageSizes.Default; // Not given, or not a number: the schema has said so.
        }

        if (size is >= ApiPageSizes.Smallest and <= ApiPageSizes.Largest)
        {
            return size;
        }

        diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidApiPageSize, values.LocationOf(name), $"'{name}' must be from {ApiPageSizes.Smallest} to {ApiPageSizes.Largest} items, not {size}.",
            $"Write a whole number from {ApiPageSizes.Smallest} to {ApiPageSizes.Largest}, for example {name}: {ApiPageSizes.Default}, or leave the line out to use {ApiPageSizes.Default}."));
        return ApiPageSizes.Default;
    }

    /// <summary>
    /// The home page's picture when site.yml gives one that can be shown: a picture the build reads, with words for
    /// people who cannot see it. Without them it is reported at its line and left out; a narrow file is a warning.
    /// </summary>
    public HeroPicture? Hero(FieldValues values, IFileSystem input)
    {
        if (values.Text("hero_image") is not { } file)
        {
            return null; // Not given, or not in the input folder: the schema has said so.
        }

        var location = values.LocationOf("hero_image");
        var picture = ImageFiles.IsImage(file) ? ContentPicture.Of(file, input.ReadAllBytes(file)) : null;
        if (picture is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.HeroImageUnreadable, location, $"The home page picture '{file}' is not a picture the build can read.",
                "Save it as a JPEG, PNG, WebP, GIF or SVG file (a photo as JPEG) and give that file, for example hero_image: files/home/hero.jpg."));
            return null;
        }

        var alt = values.Text("hero_alt")?.Trim() ?? "";
        if (alt.Length == 0)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.HeroImageWithoutAlt, location, $"The home page picture '{file}' has no alt text.",
                "Add a line 'hero_alt: ...' under it that says what the picture shows, for people who cannot see it."));
            return null;
        }

        if (picture.Format != "svg+xml" && picture.Width < HeroPicture.SmallestWidth)
        {
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.HeroImageTooNarrow, location, $"The home page picture '{file}' is {picture.Width} px wide, so it looks blurred on sharp screens.",
                $"Use a copy at least {HeroPicture.SmallestWidth} px wide (1,600 px is best); the build makes the smaller copies phones need."));
        }

        return new HeroPicture(picture, alt, values.Text("hero_alt_cy")?.Trim() is { Length: > 0 } welsh ? welsh : null);
    }

    /// <summary>The setting when it has the shape it must have; otherwise reported at its line and left out.</summary>
    private string? Shaped(FieldValues values, string name, Regex shape, string code, Func<string, string> message, string hint)
    {
        var value = values.Text(name);
        if (value is null || shape.IsMatch(value))
        {
            return value;
        }

        diagnostics.Report(Diagnostic.Error(code, values.LocationOf(name), message(value), hint));
        return null;
    }

    [GeneratedRegex(@"^[^@\s:/?#<>""]+@[^@\s:/?#<>""]+\.[^@\s:/?#<>""]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex YearShape();

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex RepositoryShape();
}
