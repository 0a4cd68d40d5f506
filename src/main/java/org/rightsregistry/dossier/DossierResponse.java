package org.rightsregistry.dossier;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.appeal.AppealLevel;
import org.rightsregistry.appeal.AppealOutcome;
import org.rightsregistry.appeal.AppealStatus;
import org.rightsregistry.appeal.FiledBy;
import org.rightsregistry.cases.CaseKind;
import org.rightsregistry.cases.CaseNumberValue;
import org.rightsregistry.cases.CaseStage;
import org.rightsregistry.cases.CaseTheme;
import org.rightsregistry.cases.PartyRole;
import org.rightsregistry.charge.ChargeStatus;
import org.rightsregistry.charge.MonthRange;
import org.rightsregistry.person.PersonResponse;
import org.rightsregistry.sentence.Component;
import org.rightsregistry.sentence.Instance;
import org.rightsregistry.sentence.SentenceStatus;
import org.rightsregistry.sentence.Verdict;

@Schema(name = "Dossier", description = "Everything the registry holds on one person, in one document: the person, and every "
        + "case with their role in it, and in each case their charges, sentences with components, and appeals, in chronological order.")
public record DossierResponse(
        @Schema(description = "The person, as `GET /api/v1/persons/{id}` gives it.", required = true) PersonResponse person,
        @Schema(description = "The cases in which the person is a party, by opening date (undated last).", required = true)
        List<DossierCase> cases) {

    @Schema(name = "DossierCase", description = "One case of the person, with what happened to the person in it.")
    public record DossierCase(
            @Schema(description = "The case's id.", required = true, example = "2b7e1c4d-5f60-4a8b-9c1d-3e5f7a9b0c21") UUID id,
            @Schema(description = "The case's title.", required = true, example = "Prosecution of invented bloggers (Almaty)") String title,
            @Schema(description = "The numbers of the case.", required = true) List<CaseNumberValue> caseNumbers,
            @Schema(description = "Where (ISO 3166-1 alpha-2).", required = true, example = "KZ") String country,
            @Schema(description = "The kind of proceedings.", nullable = true) CaseKind kind,
            @Schema(description = "The stage of the proceedings.", nullable = true) CaseStage stage,
            @Schema(description = "The freedoms the prosecution targets.", required = true) List<CaseTheme> themes,
            @Schema(description = "When it was opened (EDTF).", nullable = true, example = "2021-03") String openedOn,
            @Schema(description = "When it was closed (EDTF).", nullable = true, example = "2022") String closedOn,
            @Schema(description = "The case's summary.", nullable = true) String summary,
            @Schema(description = "The person's role in the case.", required = true) PartyRole role,
            @Schema(description = "Since when the person has this role (EDTF).", nullable = true, example = "2021-03-15") String since,
            @Schema(description = "The person's charges in this case, by filing date (undated last).", required = true)
            List<DossierCharge> charges,
            @Schema(description = "The decisions on the person in this case, by decision date.", required = true)
            List<DossierSentence> sentences,
            @Schema(description = "The appeals of those decisions, by filing date (undated last).", required = true)
            List<DossierAppeal> appeals) {
    }

    @Schema(name = "DossierCharge", description = "A charge, as in `GET /api/v1/charges/{id}`, without its case and person.")
    public record DossierCharge(
            @Schema(description = "The charge's id.", required = true, example = "8d1e2f30-4a5b-4c6d-8e7f-901a2b3c4d5e") UUID id,
            @Schema(description = "The legal code.", required = true, example = "KZ-CC-2014") String law,
            @Schema(description = "The article.", nullable = true, example = "405(2)") String article,
            @Schema(description = "The charge as published.", nullable = true, example = "ч.2 ст.405 УК РК") String articleText,
            @Schema(description = "The alleged conduct.", nullable = true, example = "reposted a video") String description,
            @Schema(description = "When it was filed (EDTF).", nullable = true, example = "2021-03-20") String filedOn,
            @Schema(description = "Where the charge stands.", nullable = true) ChargeStatus status,
            @Schema(description = "What the article threatens.", nullable = true) MonthRange penaltyRiskedMonths) {
    }

    @Schema(name = "DossierSentence", description = "A sentence, as in `GET /api/v1/sentences/{id}`, without its case and person.")
    public record DossierSentence(
            @Schema(description = "The sentence's id.", required = true, example = "4c5d6e7f-8091-4a2b-b3c4-d5e6f7081920") UUID id,
            @Schema(description = "The charges it decides.", required = true) List<UUID> chargeIds,
            @Schema(description = "The court.", nullable = true, example = "Almaty City Court") String court,
            @Schema(description = "The level of the court.", nullable = true) Instance instance,
            @Schema(description = "When the court decided (EDTF).", required = true, example = "2021-09-14") String decidedOn,
            @Schema(description = "What the court decided.", nullable = true) Verdict verdict,
            @Schema(description = "The penalties.", required = true) List<Component> components,
            @Schema(description = "Where the decision stands.", nullable = true) SentenceStatus status,
            @Schema(description = "When the penalty started (EDTF).", nullable = true, example = "2021-03-15") String startsOn,
            @Schema(description = "Computed end of the longest custodial term (EDTF).", nullable = true, example = "2027-03-15")
            String expectedEndOn) {
    }

    @Schema(name = "DossierAppeal", description = "An appeal, as in `GET /api/v1/appeals/{id}`, without its case and person.")
    public record DossierAppeal(
            @Schema(description = "The appeal's id.", required = true, example = "5e6f7081-92a3-4b4c-8d5e-6f708192a3b4") UUID id,
            @Schema(description = "The sentence it challenges.", required = true, example = "4c5d6e7f-8091-4a2b-b3c4-d5e6f7081920")
            UUID sentenceId,
            @Schema(description = "Who appealed.", nullable = true) FiledBy filedBy,
            @Schema(description = "Where.", nullable = true) AppealLevel level,
            @Schema(description = "The body deciding it.", nullable = true, example = "UN WGAD") String body,
            @Schema(description = "When it was filed (EDTF).", nullable = true, example = "2021-10-01") String filedOn,
            @Schema(description = "When it was decided (EDTF).", nullable = true, example = "2021-12-07") String decidedOn,
            @Schema(description = "Where it stands.", nullable = true) AppealStatus status,
            @Schema(description = "What was decided.", nullable = true) AppealOutcome outcome,
            @Schema(description = "The new sentence that the decision gave.", nullable = true) UUID resultingSentenceId) {
    }

    static Component component(org.rightsregistry.sentence.SentenceComponent c) {
        return new Component(c.getType(), c.getTermMonths(), c.getRegime(), c.getSuspended(), c.getProbationMonths(), c.getAmount(),
                c.getCurrency(), c.getBanScope());
    }
}
