using System.CommandLine;
using System.Text;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Site.Calendar;
using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Settings;

namespace Movement.Cli.Commands;

public static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error, IClock clock)
    {
        var input = new Option<string>("--input", "-i") { Description = "The input folder.", DefaultValueFactory = _ => "input" };
        var typeNames = ContentTypes.For(new SiteSettings()).All.Select(t => t.Name).ToArray();
        var type = new Argument<string>("type") { Description = $"The kind of content: {string.Join(", ", typeNames)}." };
        type.AcceptOnlyFromAmong(typeNames);
        var title = new Argument<string>("title") { Description = "Its title (or, for a member, the organisation's name), in quotes." };
        var command = new Command("new", "Create a draft content file, with TODO where text is still to be written, in the right folder.") { type, title };
        command.Options.Add(input);
        command.SetAction(async (result, cancellationToken) =>
        {
            var folder = result.GetValue(input)!;
            var name = result.GetValue(title)!;
            if (!NewContent.CanName(name))
            {
                await error.WriteLineAsync($"error: the title '{name}' has no letters or digits to name the file after.\n  hint: give the title in words, in quotes, e.g. movement new brief \"Develop the workforce\".");
                return 1;
            }

            var files = new PhysicalFileSystem(folder);
            var settings = SiteSettingsFile.From(files, new DiagnosticBag(), null);
            var contentType = ContentTypes.For(settings).Named(result.GetValue(type)!)!;
            var week = CurrentWeek(files, settings);
            if (contentType.Name == "resource" && week is null)
            {
                await error.WriteLineAsync($"error: there is no awareness week in {folder}/awareness-week/ for the resource to belong to.\n  hint: create the week first, e.g. movement new awareness-week \"Infant Mental Health Awareness Week {UkDate.Today(clock).Year}\".");
                return 1;
            }

            var (path, text) = NewContent.Create(contentType, name, new NewFilePlace(UkDate.Today(clock), week));
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            try
            {
                // CreateNew fails if anything is already there, even a link, so nothing is ever overwritten.
                await using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                await file.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken);
            }
            catch (IOException) when (File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null)
            {
                await error.WriteLineAsync($"error: {full} already exists.\n  hint: choose a different title, or edit the existing file.");
                return 1;
            }

            await output.WriteLineAsync($"Created {full} as a draft: replace each TODO, then remove the 'status: draft' line to publish it.");
            return 0;
        });
        return command;
    }

    /// <summary>The week new resources belong to: site.yml's current week when it has a folder, else the newest week.</summary>
    private static string? CurrentWeek(IFileSystem files, SiteSettings settings)
    {
        var years = files.ListFiles()
            .Select(f => f.Split('/'))
            .Where(p => p is ["awareness-week", var year, "index.md"] && YearFolder.IsValid(year))
            .Select(p => p[1])
            .ToList();
        return settings.CurrentAwarenessWeek is { } current && years.Contains(current) ? current : years.Order(StringComparer.Ordinal).LastOrDefault();
    }
}
