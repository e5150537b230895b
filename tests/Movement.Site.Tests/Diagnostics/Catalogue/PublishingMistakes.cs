using Movement.Core.Diagnostics;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>What reaches the published site: links out of the input folder, file types, long names.</summary>
public static class PublishingMistakes
{
    private static readonly string LongSlug = string.Join("-", Enumerable.Repeat("babies-and-their-families", 12));

    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
        // File types: only documents, images, data and media are published (PublishedFileTypes)
        ["a_data_file_at_an_api_documents_path"] = new("-- news/n.md --\n---\ntitle: N\nsummary: S\ndate: 2024-01-01\n---\nNews\n-- api/v1/content/news/n.json --\n{}\n", "MV0301", "api/v1/content/news/n.json", 1, ["Rename or move this file"]) { MessageWords = ["would be published at /api/v1/content/news/n.json"] },
        ["an_html_page_dropped_into_files"] = new("-- files/x.html --\n<script src=\"x.js\"></script>\n", "MV0414", "files/x.html", 1, ["Markdown page"]) { MessageWords = ["'.html'"] },
        ["a_script_dropped_into_files"] = new("-- files/x.js --\nfetch('/api/').then(r => r.text());\n", "MV0414", "files/x.js", 1, ["Delete it"]) { MessageWords = ["'.js'"] },
        ["a_stylesheet_in_a_brief_folder"] = new("-- briefs/print.css --\nbody { display: none }\n", "MV0414", "briefs/print.css", 1, ["Delete it"]),
        ["an_xml_file_in_files"] = new("-- files/data.xml --\n<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>\n", "MV0414", "files/data.xml", 1, ["Delete it"]),
        ["a_word_lock_file_beside_its_draft"] = new("-- briefs/~$draft.docx --\nlock\n", "MV0415", "briefs/~$draft.docx", 1, ["Delete it", "lock file"], Severity.Warning),
        ["an_editor_backup_of_a_pdf"] = new("-- files/report.pdf~ --\nold\n", "MV0415", "files/report.pdf~", 1, ["Delete it"], Severity.Warning),
        ["a_windows_thumbnail_cache"] = new("-- files/Thumbs.db --\ncache\n", "MV0415", "files/Thumbs.db", 1, ["safe to remove"], Severity.Warning),
        ["a_pages_document_nobody_can_open"] = new("-- files/notes.pages --\nbinary\n", "MV0413", "files/notes.pages", 1, ["PDF"], Severity.Warning) { MessageWords = ["'.pages'"] },

        // Long names: every address fits any file system (Slugs.MaxLength, OutputPathLimits)
        ["a_slug_of_three_hundred_characters"] = new(Brief($"{Valid}\nslug: {LongSlug}"), "MV0310", "briefs/b.md", 5, ["shorter slug", "slug: babies-and-their-families"]),
        ["a_brief_file_name_too_long_for_an_address"] = new($"-- briefs/{LongSlug[..120]}.md --\n---\n{Valid}\n---\nBody\n", "MV0310", $"briefs/{LongSlug[..120]}.md", 1, ["Rename the file"]),
        ["an_old_address_too_long_to_write"] = new(Brief($"{Valid}\naliases: [/{LongSlug}/]"), "MV0311", "briefs/b.md", 5, ["shorter"]),
    };
}
