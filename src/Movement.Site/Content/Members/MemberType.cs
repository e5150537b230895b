using Movement.Core.Schema;
using Movement.Site.Content;
using Movement.Site.Listings;

namespace Movement.Site.Content.Members;

public static class MemberType
{
    public const string Name = "member";

    public const string PipelineName = "Members";

    /// <summary>One organisation per file.</summary>
    public const string YamlFiles = "members/*.yml";

    /// <summary>A spreadsheet export, one organisation per row.</summary>
    public const string CsvFile = "members.csv";

    public static ContentType Create() => new()
    {
        Name = Name,
        Pattern = $"{{{YamlFiles},{CsvFile}}}",
        PagePattern = YamlFiles, // A row of the spreadsheet has no file of its own to link to.
        Labels = new("Member", "Members"),
        Section = new("/members/", "Members"),
        PipelineName = PipelineName,
        CreatePipeline = site => new MembersPipeline(site),
        SearchPosition = 3,
        OnTaxonomyPages = true,
        Listings = listing => MemberDirectoryPages.From(listing.Items.OfType<Member>().AToZ().ToList()).Select(p => new ListingPage(p.Url, p.Title, p.Description, p.Model)),
        WaitsForDate = false,
        Schema = new ContentSchema("member", "Member organisation",
        [
            Field.Text("name", "Name").Required().WithExample("Home-Start UK"),
            Field.Choice("type", "Type of organisation", MemberTypes.Ids).Required(),
            Field.ChoiceList("nations", "Nations it works in", Nations.Ids).Required(),
            Field.Text("region", "Region or town").WithExample("Nottingham"),
            Field.Url("website", "Website"),
            Field.File("logo", "Logo"),
            Field.LongText("description", "Description").Required().WithExample("A charity that supports families with young children."),
            Field.Date("joined", "Joined the movement"),
            Field.Text("slug", "Address segment").WithExample("home-start-uk").Matching(Slugs.Pattern),
            Field.Choice("status", "Status", ["published", "draft"]),
        ]),
        Bind = (fields, _) => new Member
        {
            Title = fields.RequiredText("name"),
            Summary = fields.RequiredText("description"),
            OrganisationType = fields.RequiredText("type"),
            Region = fields.Text("region") ?? "",
            Website = fields.Text("website") ?? "",
            Logo = fields.Text("logo") ?? "",
            Joined = fields.Date("joined"),
        },
        UrlFor = (slug, _) => $"/members/{slug}/",
        NewFilePath = (slug, _) => $"members/{slug}.yml",
    };
}
