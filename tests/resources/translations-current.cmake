# Runs lupdate over the sources into a copy of the committed Chinese .ts and fails when a source
# text has no translation: a new tr() string must come with its translation in the same change.
# -D LUPDATE=... PROJECT_IN=<project .cmake> PROJECT=<JSON to write> GENERATE=<Qt's script>
#    TS=<committed .ts> OUT=<scratch copy>
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${PROJECT} -P ${GENERATE}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the lupdate project description could not be made (${result}): ${output}")
endif()
file(COPY_FILE ${TS} ${OUT})
execute_process(COMMAND ${LUPDATE} -project ${PROJECT} -ts ${OUT} -no-obsolete -locations none -silent
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}): ${output}")
endif()
file(STRINGS ${OUT} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(READ ${OUT} text)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing "${text}")
    list(JOIN missing "\n" missing)
    message(FATAL_ERROR "${count} source text(s) have no Chinese translation; run the update_translations "
                        "target and translate them in i18n/logsage_zh_CN.ts:\n${missing}")
endif()
