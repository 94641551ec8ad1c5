package org.jwps.runtime.internal.encoding;

import java.util.List;

import javax.xml.bind.JAXBElement;

import org.jwps.api.ProcessDescription;
import org.jwps.runtime.internal.config.Settings;
import org.jwps.runtime.internal.protocol.Wps;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.xml.ows.AddressType;
import org.jwps.runtime.internal.xml.ows.ContactType;
import org.jwps.runtime.internal.xml.ows.DCP;
import org.jwps.runtime.internal.xml.ows.HTTP;
import org.jwps.runtime.internal.xml.ows.OnlineResourceType;
import org.jwps.runtime.internal.xml.ows.Operation;
import org.jwps.runtime.internal.xml.ows.OperationsMetadata;
import org.jwps.runtime.internal.xml.ows.RequestMethodType;
import org.jwps.runtime.internal.xml.ows.ResponsiblePartySubsetType;
import org.jwps.runtime.internal.xml.ows.ServiceIdentification;
import org.jwps.runtime.internal.xml.ows.ServiceProvider;
import org.jwps.runtime.internal.xml.ows.TelephoneType;
import org.jwps.runtime.internal.xml.wps.Languages;
import org.jwps.runtime.internal.xml.wps.LanguagesType;
import org.jwps.runtime.internal.xml.wps.ProcessBriefType;
import org.jwps.runtime.internal.xml.wps.ProcessOfferings;
import org.jwps.runtime.internal.xml.wps.WPSCapabilitiesType;

/** Writes the GetCapabilities response from the settings and the processes on offer. */
public final class CapabilitiesEncoder {
    private static final org.jwps.runtime.internal.xml.wps.ObjectFactory WPS =
            new org.jwps.runtime.internal.xml.wps.ObjectFactory();
    private static final org.jwps.runtime.internal.xml.ows.ObjectFactory OWS =
            new org.jwps.runtime.internal.xml.ows.ObjectFactory();

    private CapabilitiesEncoder() {
    }

    /**
     * @param settings  the service metadata
     * @param processes the processes on offer
     * @param language  the response language
     * @return the UTF-8 XML of the capabilities document
     */
    public static byte[] encode(Settings settings, ProcessRegistry.Snapshot processes, String language) {
        WPSCapabilitiesType capabilities = new WPSCapabilitiesType();
        capabilities.setService(Wps.SERVICE);
        capabilities.setVersion(Wps.VERSION);
        capabilities.setLang(language);
        capabilities.setServiceIdentification(identification(settings));
        capabilities.setServiceProvider(provider(settings));
        capabilities.setOperationsMetadata(operations(settings.url()));
        ProcessOfferings offerings = new ProcessOfferings();
        for (ProcessRegistry.Entry entry : processes.ordered()) {
            offerings.getProcess().add(brief(entry.process().description()));
        }
        capabilities.setProcessOfferings(offerings);
        capabilities.setLanguages(languages(settings.languages()));
        return Jaxb.toBytes(WPS.createCapabilities(capabilities));
    }

    /**
     * @param description a process description
     * @return its brief form, as listed in capabilities and execute responses
     */
    public static ProcessBriefType brief(ProcessDescription description) {
        ProcessBriefType brief = new ProcessBriefType();
        Ows.describe(brief, description);
        brief.setProcessVersion(description.version());
        brief.getProfile().addAll(description.profiles());
        return brief;
    }

    private static ServiceIdentification identification(Settings s) {
        ServiceIdentification id = new ServiceIdentification();
        id.getTitle().add(Ows.text(s.string("identification_title", "JWPS")));
        String abstractText = s.string("identification_abstract", null);
        if (abstractText != null) {
            id.getAbstract().add(Ows.text(abstractText));
        }
        List<String> words = s.list("identification_keywords", "");
        if (!words.isEmpty()) {
            var keywords = Ows.keywords(words);
            String type = s.string("identification_keywords_type", null);
            if (type != null) {
                keywords.setType(Ows.code(type));
            }
            id.getKeywords().add(keywords);
        }
        id.setServiceType(Ows.code(Wps.SERVICE));
        id.getServiceTypeVersion().add(Wps.VERSION);
        id.setFees(s.string("identification_fees", "NONE"));
        id.getAccessConstraints().add(s.string("identification_accessconstraints", "NONE"));
        return id;
    }

    private static ServiceProvider provider(Settings s) {
        ServiceProvider provider = new ServiceProvider();
        provider.setProviderName(s.string("provider_name", "JWPS"));
        String site = s.string("provider_url", null);
        if (site != null) {
            provider.setProviderSite(link(site));
        }
        ResponsiblePartySubsetType contact = new ResponsiblePartySubsetType();
        contact.setIndividualName(s.string("contact_name", null));
        contact.setPositionName(s.string("contact_position", null));
        ContactType info = new ContactType();
        String phone = s.string("contact_phone", null);
        String fax = s.string("contact_fax", null);
        if (phone != null || fax != null) {
            TelephoneType telephone = new TelephoneType();
            if (phone != null) {
                telephone.getVoice().add(phone);
            }
            if (fax != null) {
                telephone.getFacsimile().add(fax);
            }
            info.setPhone(telephone);
        }
        AddressType address = new AddressType();
        String street = s.string("contact_address", null);
        if (street != null) {
            address.getDeliveryPoint().add(street);
        }
        address.setCity(s.string("contact_city", null));
        address.setAdministrativeArea(s.string("contact_stateorprovince", null));
        address.setPostalCode(s.string("contact_postalcode", null));
        address.setCountry(s.string("contact_country", null));
        String email = s.string("contact_email", null);
        if (email != null) {
            address.getElectronicMailAddress().add(email);
        }
        info.setAddress(address);
        String url = s.string("contact_url", null);
        if (url != null) {
            info.setOnlineResource(link(url));
        }
        info.setHoursOfService(s.string("contact_hours", null));
        info.setContactInstructions(s.string("contact_instructions", null));
        contact.setContactInfo(info);
        contact.setRole(Ows.code(s.string("contact_role", "pointOfContact")));
        provider.setServiceContact(contact);
        return provider;
    }

    private static OnlineResourceType link(String href) {
        OnlineResourceType link = new OnlineResourceType();
        link.setHref(href);
        return link;
    }

    private static OperationsMetadata operations(String url) {
        OperationsMetadata metadata = new OperationsMetadata();
        for (String name : List.of(Wps.GET_CAPABILITIES, Wps.DESCRIBE_PROCESS, Wps.EXECUTE)) {
            Operation operation = new Operation();
            operation.setName(name);
            HTTP http = new HTTP();
            http.getGetOrPost().add(method(OWS.createHTTPGet(new RequestMethodType()), url + "?"));
            http.getGetOrPost().add(method(OWS.createHTTPPost(new RequestMethodType()), url));
            DCP dcp = new DCP();
            dcp.setHTTP(http);
            operation.getDCP().add(dcp);
            metadata.getOperation().add(operation);
        }
        return metadata;
    }

    private static JAXBElement<RequestMethodType> method(JAXBElement<RequestMethodType> element, String href) {
        element.getValue().setHref(href);
        return element;
    }

    private static Languages languages(List<String> supported) {
        Languages languages = new Languages();
        Languages.Default defaultLanguage = new Languages.Default();
        defaultLanguage.setLanguage(supported.get(0));
        languages.setDefault(defaultLanguage);
        LanguagesType all = new LanguagesType();
        all.getLanguage().addAll(supported);
        languages.setSupported(all);
        return languages;
    }
}
