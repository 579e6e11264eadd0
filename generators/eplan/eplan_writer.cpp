#include "eplan/eplan_writer.h"

#include "eplan/eplan_text.h"
#include "model/partgen_version.h"
#include "model/xml_element.h"

namespace partgen {
namespace {

// Record class of a manufacturer address in EPLAN's parts database.
constexpr const char* manufacturerClass = "12";
// Record types (EPLAN API, MDPartsDatabaseItem.Enums.Type): a component part, and an
// accessory list as the target of an accessory position.
constexpr const char* componentRecord = "1";
constexpr const char* accessoryListRecord = "13";
// Drilling type "rectangle" (EPLAN Pro Panel's cut-out forms: 1 hole, 2 thread,
// 3 rectangle); dimension1..3 hold width, height and corner radius.
constexpr const char* rectangleDrilling = "3";

XmlElement addressElement(const EplanAddress& a) {
    XmlElement e("address");
    e.attribute("class", manufacturerClass);
    e.attribute("P_PART_ADDRESS_SHORTNAME", a.shortName);
    e.attribute("P_PART_ADDRESS_LONGNAME", a.longName);
    e.attribute("P_PART_ADDRESS_STREET", a.street);
    e.attribute("P_PART_ADDRESS_ZIPTOWN", a.postcode);
    e.attribute("P_PART_ADDRESS_TOWN", a.town);
    e.attribute("P_PART_ADDRESS_STATE", a.country);
    e.attribute("P_PART_ADDRESS_PHONE", a.phone);
    e.attribute("P_PART_ADDRESS_EMAIL", a.email);
    return e;
}

XmlElement constructionElement(const EplanDrillingPattern& d) {
    XmlElement e("construction");
    e.attribute("P_PART_CONSTRUCTION_NAME", d.name);
    e.attribute("P_PART_CONSTRUCTION_DESCRIPTION", multilingual(d.description));
    e.add(XmlElement("drillingPosition")
              .attribute("pos", "1")
              .attribute("type", rectangleDrilling)
              .attribute("xpos", millimetreText(d.cut.centre.x))
              .attribute("ypos", millimetreText(d.cut.centre.y))
              .attribute("angle", "0")
              .attribute("dimension1", millimetreText(d.cut.width))
              .attribute("dimension2", millimetreText(d.cut.height))
              .attribute("dimension3", millimetreText(d.cut.radius)));
    return e;
}

XmlElement terminalPositionElement(const EplanConnectionPoint& p) {
    XmlElement e("terminalPosition");
    e.attribute("pos", std::to_string(p.position));
    e.attribute("name", p.name);
    e.attribute("xpos", millimetreText(p.at.x));
    e.attribute("ypos", millimetreText(p.at.y));
    e.attribute("zpos", millimetreText(p.z));
    // The wire comes in from the rear, against z: EPLAN's direction vector of the
    // connection point points where the conductor leaves it.
    e.attribute("xdir", "0");
    e.attribute("ydir", "0");
    e.attribute("zdir", "-1");
    if (p.section) {
        e.attribute("mincrosssection", squareMillimetreText(p.section->min));
        e.attribute("maxcrosssection", squareMillimetreText(p.section->max));
    }
    if (!p.minAwg.empty()) e.attribute("mincrosssectionawg", p.minAwg);
    if (!p.maxAwg.empty()) e.attribute("maxcrosssectionawg", p.maxAwg);
    if (p.stripLength) e.attribute("strippinglength", millimetreText(*p.stripLength));
    return e;
}

XmlElement terminalElement(const EplanConnectionPattern& pattern) {
    XmlElement e("terminal");
    e.attribute("P_PART_TERMINAL_NAME", pattern.name);
    e.attribute("P_PART_TERMINAL_DESCRIPTION", multilingual(pattern.description));
    for (const auto& point : pattern.points) e.add(terminalPositionElement(point));
    return e;
}

XmlElement accessoryListElement(const EplanAccessoryList& list) {
    XmlElement e("accessorylist");
    e.attribute("P_PART_ACCESSORYLIST_NAME", list.name);
    e.attribute("P_PART_ACCESSORYLIST_DESCRIPTION", multilingual(list.description));
    int position = 1;
    for (const auto& number : list.partNumbers)
        e.add(XmlElement("accessorylistposition")
                  .attribute("pos", std::to_string(position++))
                  .attribute("partnr", number)
                  .attribute("variant", "1"));
    return e;
}

void addPartProperties(XmlElement& e, const EplanPart& p) {
    e.attribute("P_ARTICLE_PARTTYPE", componentRecord);
    e.attribute("P_ARTICLE_CRAFT_ELECTRICAL", "1");
    e.attribute("P_ARTICLE_PARTNR", p.partNumber);
    e.attribute("P_ARTICLE_TYPENR", p.typeNumber);
    e.attribute("P_ARTICLE_ORDERNR", p.orderNumber);
    e.attribute("P_ARTICLE_MANUFACTURER", p.manufacturer);
    e.attribute("P_ARTICLE_DESCR1", multilingual(p.description));
    if (p.note) e.attribute("P_ARTICLE_NOTE", multilingual(*p.note));
    e.attribute("P_ARTICLE_PRODUCTTOPGROUP", std::to_string(p.productTopGroup));
    e.attribute("P_ARTICLE_PRODUCTGROUP", std::to_string(p.productGroup));
    e.attribute("P_ARTICLE_PRODUCTSUBGROUP", std::to_string(p.productSubGroup));
    if (p.width) e.attribute("P_ARTICLE_WIDTH", millimetreText(*p.width));
    if (p.height) e.attribute("P_ARTICLE_HEIGHT", millimetreText(*p.height));
    if (p.depth) e.attribute("P_ARTICLE_DEPTH", millimetreText(*p.depth));
    if (p.weight) e.attribute("P_ARTICLE_WEIGHT", kilogramText(*p.weight));
    e.attribute("P_ARTICLE_POLE_NUMBER", std::to_string(p.poles));
    if (p.packagingQuantity) e.attribute("P_ARTICLE_PACKAGINGQUANTITY", std::to_string(*p.packagingQuantity));
    if (!p.pictureFile.empty()) e.attribute("P_ARTICLE_PICTUREFILE", p.pictureFile);
    e.attribute("P_ARTICLE_REF_TERMINAL_NAME", p.connections.name);
    e.attribute("P_ARTICLE_REF_TERMINAL_OFFSET_X", millimetreText(p.patternOffset.x));
    e.attribute("P_ARTICLE_REF_TERMINAL_OFFSET_Y", millimetreText(p.patternOffset.y));
    if (!p.drilling) e.attribute("P_ARTICLE_DOES_NOT_NEED_DRILL", "1");
    if (!p.datasheetUrl.empty()) e.attribute("P_ARTICLE_EXTERNAL_DOCUMENT_1", p.datasheetUrl);
}

// EPLAN separates the connection designations of one function template by line breaks.
std::string designations(const EplanFunction& f) {
    std::string text;
    for (const auto& name : f.connectionPoints) text += (text.empty() ? "" : "\n") + name;
    return text;
}

// Since EPLAN 2022 the electrical values of plugs are properties of the variant.
void addVariantProperties(XmlElement& e, const EplanPart& p) {
    e.attribute("P_ARTICLE_VARIANT", "1");
    if (!p.ratings.voltage.empty()) e.attribute("P_ARTICLE_VOLTAGE", p.ratings.voltage);
    if (!p.ratings.current.empty()) e.attribute("P_ARTICLE_ELECTRICALCURRENT", p.ratings.current);
    e.attribute("P_ARTICLE_PINCOUNT", std::to_string(p.poles));
    if (!p.ratings.coding.empty()) e.attribute("P_ARTICLE_CODING", p.ratings.coding);
}

XmlElement variantElement(const EplanPart& p) {
    XmlElement e("variant");
    addVariantProperties(e, p);
    // functiondefcategory/-group/-id are left out: EPLAN's function definition numbers
    // are not public, and a guessed one would give the pole a wrong function.
    for (const auto& f : p.functions)
        e.add(XmlElement("functiontemplate")
                  .attribute("pos", std::to_string(f.position))
                  .attribute("connectionDesignation", designations(f))
                  .attribute("terminalNr", f.pin));
    return e;
}

// Optional: the datasheet lists what fits, not what every use needs.
void addAccessories(XmlElement& e, const EplanPart& p) {
    int position = 1;
    for (const auto& a : p.accessories) {
        XmlElement accessory("accessoryposition");
        accessory.attribute("pos", std::to_string(position++)).attribute("partnr", a.partNumber);
        if (!a.isList) accessory.attribute("variant", "1");
        e.add(accessory.attribute("parttype", a.isList ? accessoryListRecord : componentRecord)
                  .attribute("necessary", "0"));
    }
}

XmlElement partElement(const EplanPart& p) {
    XmlElement e("part");
    addPartProperties(e, p);
    int position = 1;
    for (const auto& property : p.freeProperties)
        e.add(XmlElement("freeproperty")
                  .attribute("pos", std::to_string(position++))
                  .attribute("P_ARTICLE_FREE_DATA_DESCRIPTION", multilingual(property.name))
                  .attribute("P_ARTICLE_FREE_DATA_VALUE", multilingual(property.value)));
    addAccessories(e, p);
    if (p.drilling)
        e.add(XmlElement("constructionPosition")
                  .attribute("pos", "1")
                  .attribute("name", p.drilling->name)
                  .attribute("offsetx", millimetreText(p.patternOffset.x))
                  .attribute("offsety", millimetreText(p.patternOffset.y)));
    e.add(variantElement(p));
    return e;
}

}  // namespace

// count: the number of parts; build and version name the program that wrote the file,
// as EPLAN's own exports name EPLAN's build.
std::string eplanOpening(const EplanAddress& manufacturer, std::size_t parts) {
    const std::string version(partgenVersion());
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<partsmanagement count=\"" +
           std::to_string(parts) +
           "\" length-unit=\"mm\" weight-unit=\"kg\" type=\"EPLAN.PartsManagement\" build=\"partgen " + version +
           "\" version=\"" + version + "\">\n" + addressElement(manufacturer).render(1);
}

std::string eplanConstructionText(const EplanDrillingPattern& pattern) {
    return constructionElement(pattern).render(1);
}
std::string eplanTerminalText(const EplanConnectionPattern& pattern) { return terminalElement(pattern).render(1); }
std::string eplanAccessoryListText(const EplanAccessoryList& list) { return accessoryListElement(list).render(1); }
std::string eplanPartText(const EplanPart& part) { return partElement(part).render(1); }
std::string eplanClosing() { return "</partsmanagement>\n"; }

std::string writeEplanLibrary(const EplanLibrary& library) {
    std::string text = eplanOpening(library.manufacturer, library.parts.size());
    for (const auto& part : library.parts)
        if (part.drilling) text += eplanConstructionText(*part.drilling);
    for (const auto& part : library.parts)
        if (part.counterparts) text += eplanAccessoryListText(*part.counterparts);
    for (const auto& part : library.parts) text += eplanTerminalText(part.connections);
    for (const auto& part : library.parts) text += eplanPartText(part);
    return text + eplanClosing();
}

}  // namespace partgen
