using Market.Jobs;
using Market.Live.Data;
using Market.Live.Server;
using Market.Live.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Market.Live.Pages.Jobs;

/// <summary>Submit a job: compile errors are shown next to the source, and nothing is submitted.</summary>
internal sealed class SubmitModel(UserManager<WebUser> users, Dispatcher dispatcher, MarketDb db) : MarketPage(users, dispatcher, db)
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Source { get; set; } = "";
    [BindProperty] public string Entry { get; set; } = "main";
    [BindProperty] public string Args { get; set; } = "";
    [BindProperty] public string Price { get; set; } = "1";
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<CompileError> CompileErrors { get; private set; } = [];

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        int account = await AccountAsync();
        string fileName = "job.py";
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > Dispatcher.Options.MaxSourceChars)
            {
                Problem = $"The file is larger than {Dispatcher.Options.MaxSourceChars} bytes.";
                return Page();
            }
            using var reader = new StreamReader(Upload.OpenReadStream());
            Source = await reader.ReadToEndAsync();
            fileName = Path.GetFileName(Upload.FileName);
        }
        if (Source.Length > Dispatcher.Options.MaxSourceChars)
        {
            Problem = $"The source is longer than {Dispatcher.Options.MaxSourceChars} characters.";
            return Page();
        }
        if (string.IsNullOrWhiteSpace(Source))
        {
            Problem = "Upload a .py file or paste the source.";
            return Page();
        }
        Source ??= "";
        if (string.IsNullOrWhiteSpace(Name))
        {
            Name = Path.GetFileNameWithoutExtension(fileName);
        }
        var compiled = JobCompiler.Compile(Source, fileName);
        if (compiled.Module == null)
        {
            CompileErrors = compiled.Errors;
            Problem = $"The source does not compile ({compiled.Errors.Count} error{(compiled.Errors.Count == 1 ? "" : "s")}); nothing was submitted.";
            return Page();
        }
        try
        {
            decimal price = MarketGrpcService.Money(Price, "price");
            var submit = JobFactory.Create(Source, fileName, string.IsNullOrWhiteSpace(Entry) ? "main" : Entry.Trim(), Args);
            int id = await Dispatcher.SubmitJob(account, MarketGrpcService.Label(Name ?? "", "name"), price, submit);
            return Redirect($"/Jobs/Details/{id}");
        }
        catch (ServiceException e)
        {
            Problem = e.Message;
            return Page();
        }
    }
}
