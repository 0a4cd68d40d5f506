package org.rightsregistry.stats;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightsregistry.common.openapi.ApiDefinition;

@Path("/api/v1/stats")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final StatsService service;

    public StatsResource(StatsService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getStatistics", summary = "Count records, grouped by up to two dimensions",
            description = "Counts persons, cases, charges or sentences (`count`) that pass the filters of their list, in all and "
                    + "grouped `by` one or two dimensions: person status, role, gender, citizenship; case country, stage, theme, "
                    + "opening year; charge law and article, charge status; sentence verdict, component type, decision year. "
                    + "Dimensions of another record type are reached through the links between records (a person's cases, a "
                    + "charge's person, …). With the counts comes the imprisonment the sentences in scope imposed: total months "
                    + "and the distribution of terms. \"How many people are in pre-trial detention on charges under article 405 "
                    + "in Kazakhstan\": `?count=PERSONS&status=PRE_TRIAL_DETENTION&article=405&country=KZ`.")
    @APIResponse(responseCode = "200", description = "The counts.")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public StatsResponse stats(@BeanParam StatsParams params) {
        return service.stats(params);
    }
}
