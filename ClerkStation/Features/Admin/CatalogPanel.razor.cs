namespace ClerkStation.Features.Admin;

public partial class CatalogPanel
{
    private CatalogStatus? _status;

    protected override async Task OnInitializedAsync() => _status = await Mediator.Send(new GetCatalogStatus());
}
