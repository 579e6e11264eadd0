# The layers of generators/, enforced by the build: each layer's library compiles with an
# include folder that holds only its own source folder and those of the layers below it,
# so `#include "pipeline/run.h"` in kicad/ does not compile.
#
#   partgen_layer(FOLDER SOURCES file... [BELOW layer...] [LINK library...])
#
# makes the library partgen_FOLDER from the sources, linked to the libraries of the layers
# BELOW (and, privately, to LINK), seeing the folders of those layers and their own below.
# A layer's view is a folder of symbolic links in the build tree, one per visible folder.

set(PARTGEN_GENERATORS_DIR "${PROJECT_SOURCE_DIR}/generators")
set(PARTGEN_LAYER_VIEWS "${PROJECT_BINARY_DIR}/layer-views")

# The folders a layer sees: its own and every folder its layers below see.
function(partgen_visible_folders folder below out)
  set(visible ${folder})
  foreach(layer IN LISTS below)
    get_property(seen GLOBAL PROPERTY PARTGEN_VISIBLE_${layer})
    if(NOT seen)
      message(FATAL_ERROR "layer ${folder} is declared above ${layer}, which is not declared yet")
    endif()
    list(APPEND visible ${seen})
  endforeach()
  list(REMOVE_DUPLICATES visible)
  list(SORT visible)
  set(${out} ${visible} PARENT_SCOPE)
endfunction()

# A folder of links to the visible source folders, made again on every configure.
function(partgen_layer_view folder visible out)
  set(view "${PARTGEN_LAYER_VIEWS}/${folder}")
  file(REMOVE_RECURSE "${view}")
  file(MAKE_DIRECTORY "${view}")
  foreach(seen IN LISTS visible)
    file(CREATE_LINK "${PARTGEN_GENERATORS_DIR}/${seen}" "${view}/${seen}" SYMBOLIC)
  endforeach()
  set(${out} "${view}" PARENT_SCOPE)
endfunction()

function(partgen_layer folder)
  cmake_parse_arguments(LAYER "" "" "SOURCES;BELOW;LINK" ${ARGN})
  partgen_visible_folders(${folder} "${LAYER_BELOW}" visible)
  set_property(GLOBAL PROPERTY PARTGEN_VISIBLE_${folder} ${visible})
  partgen_layer_view(${folder} "${visible}" view)

  add_library(partgen_${folder} STATIC ${LAYER_SOURCES})
  target_include_directories(partgen_${folder} PRIVATE "${view}")
  foreach(layer IN LISTS LAYER_BELOW)
    target_link_libraries(partgen_${folder} PUBLIC partgen_${layer})
  endforeach()
  if(LAYER_LINK)
    target_link_libraries(partgen_${folder} PRIVATE ${LAYER_LINK})
  endif()
endfunction()
