using Movement.Core.Schema;

namespace Movement.Site.Settings;

public static class SiteSettingsSchema
{
    public static ContentSchema Definition { get; } = new("site", "Site settings",
    [
        Field.Text("title", "Site title").Required().WithExample("First 1001 Days Movement"),
        Field.LongText("tagline", "Tagline: the movement's purpose in one sentence"),
        Field.LongText("description", "Description for search engines"),
        Field.Text("title_cy", "Site title in Welsh").WithExample("Mudiad y 1001 Diwrnod Cyntaf"),
        Field.LongText("tagline_cy", "Tagline in Welsh"),
        Field.LongText("description_cy", "Description in Welsh"),
        Field.Url("base_url", "Address of the live site").Required().WithExample("https://first1001days.example.org"),
        Field.Text("language", "Language code").WithExample("en-GB"),
        Field.ChoiceList("languages", "Languages the site is published in (English first)", Languages.Language.Known).WithExample("[en, cy]"),
        Field.Choice("untranslated", "Items not yet translated: list them in the other language's listings, or fail the build", ["list", "fail"]),
        Field.Text("organisation", "Coordinating organisation"),
        Field.Text("contact_email", "Contact email"),
        Field.ObjectList("navigation", "Main navigation",
            Field.Text("title", "Link text").Required().WithExample("Policy briefs"),
            Field.Text("title_cy", "Link text in Welsh").WithExample("Briffiau polisi"),
            Field.Text("url", "Address").Required().WithExample("/briefs/")),
        Field.Text("current_awareness_week", "Awareness week to feature (its year)").WithExample("2025"),
        Field.Text("featured_brief", "Brief whose asks the home page shows (its slug)").WithExample("five-calls"),
        Field.Text("repository", "GitHub repository the editing UI saves to (owner/name)").WithExample("first1001days/website"),
        Field.Integer("api_page_size", "Items on each page of the content API's lists (1 to 100; 25 if not given)").WithExample("25"),
        Field.File("hero_image", "Home page picture, beside the movement's name").WithExample("files/home/hero.png"),
        Field.LongText("hero_alt", "What the home page picture shows, for people who cannot see it"),
        Field.LongText("hero_alt_cy", "What the home page picture shows, in Welsh"),
        Field.ObjectList("topics", "Topics",
            Field.Text("id", "Identifier (lowercase, hyphens)").Required().WithExample("workforce"),
            Field.Text("title", "Title").Required().WithExample("The workforce"),
            Field.LongText("summary", "Summary")),
        Field.ObjectList("search_synonyms", "Search synonyms: words and phrases that mean the same to visitors",
            Field.TextList("words", "Words or phrases").Required().WithExample("[IMHAW, Infant Mental Health Awareness Week]")),
    ]);
}
