package org.rightsregistry.dossier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightsregistry.common.openapi.ApiDefinition;
import org.rightsregistry.common.web.Ids;

@Path("/api/v1/persons/{id}/dossier")
@Tag(name = "Persons")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private final DossierService service;

    public DossierResource(DossierService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getPersonDossier", summary = "Get everything on a person in one document",
            description = "The person, every case in which they are a party with their role, and in each case their charges, "
                    + "sentences with components and appeals, each in chronological order (undated last). Built with a fixed "
                    + "number of database statements, however many cases there are.")
    @APIResponse(responseCode = "200", description = "The dossier.")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public DossierResponse dossier(@PathParam("id") String id) {
        return service.dossier(Ids.path(id, "person"));
    }
}
