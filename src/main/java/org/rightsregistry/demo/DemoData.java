package org.rightsregistry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rightsregistry.cases.CaseRequest;
import org.rightsregistry.cases.CaseService;
import org.rightsregistry.cases.PartyRequest;
import org.rightsregistry.cases.PartyRole;
import org.rightsregistry.charge.ChargeRequest;
import org.rightsregistry.charge.ChargeService;
import org.rightsregistry.history.ChangeContext;
import org.rightsregistry.person.PersonRequest;
import org.rightsregistry.person.PersonService;
import org.rightsregistry.source.SourceRequest;
import org.rightsregistry.source.SourceService;

/**
 * Loads the demo dataset (the people and proceedings that one published article names, with fixed ids) on the
 * first start of an installation that asks for it, through the same services, and so the same rules, as the API.
 * A row in {@code registry_meta} records that it was loaded, so it is never loaded twice, even by two instances
 * starting at once, and records deleted later do not come back.
 */
@ApplicationScoped
public class DemoData {

    static final String MARKER = "demo-data-loaded";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    record Party(UUID caseId, UUID personId, PartyRole role) {
    }

    record Dataset(SourceRequest source, List<PersonRequest> persons, List<CaseRequest> cases, List<Party> parties,
            List<ChargeRequest> charges) {
    }

    private final boolean enabled;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final PersonService persons;
    private final CaseService cases;
    private final ChargeService charges;
    private final SourceService sources;
    private final ChangeContext change;

    public DemoData(@ConfigProperty(name = "registry.demo-data", defaultValue = "true") boolean enabled, EntityManager em,
            ObjectMapper mapper, PersonService persons, CaseService cases, ChargeService charges, SourceService sources,
            ChangeContext change) {
        this.sources = sources;
        this.change = change;
        this.enabled = enabled;
        this.em = em;
        this.mapper = mapper;
        this.persons = persons;
        this.cases = cases;
        this.charges = charges;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            if (load()) {
                LOG.info("Loaded the demo dataset");
            }
        } catch (RuntimeException e) {
            LOG.warn("The demo dataset was not loaded (another instance may be loading it)", e);
        }
    }

    @Transactional
    @ActivateRequestContext
    boolean load() {
        boolean loaded = !em.createNativeQuery("select meta_key from registry_meta where meta_key = ?1")
                .setParameter(1, MARKER).getResultList().isEmpty();
        if (loaded) {
            return false;
        }
        em.createNativeQuery("insert into registry_meta (meta_key, meta_value) values (?1, ?2)")
                .setParameter(1, MARKER).setParameter(2, java.time.Instant.now().toString()).executeUpdate();
        change.actor("system");
        change.reason("Demo dataset, loaded on the first start of this installation");
        Dataset data = read();
        sources.create(data.source());
        data.persons().forEach(persons::create);
        data.cases().forEach(cases::create);
        data.parties().forEach(p -> cases.addParty(p.caseId(), new PartyRequest(p.personId(), null, p.role(), null)));
        data.charges().forEach(charges::create);
        return true;
    }

    private Dataset read() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/dataset.json")) {
            return mapper.readValue(in, Dataset.class);
        } catch (IOException e) {
            throw new IllegalStateException("The demo dataset cannot be read", e);
        }
    }
}
